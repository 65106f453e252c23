package parley.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import parley.core.ingest.InputProgress;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;
import parley.pipeline.Parley;

/**
 * Reads one input file on an executor, with the readers every Parley command uses ({@link
 * Parley#read}: JSON Lines, plain text, HTML, feeds, WARC; articles not in English skipped for
 * their language), into rows of {@link JobRows#READ}. A file on the local file system is read
 * where it is; one elsewhere (HDFS, S3) is first copied to the executor's temporary folder, because
 * the WARC reader seeks past broken records, and deleted after. Origins name the file as the job
 * was given it ({@code hdfs://nn/crawl/a.warc.gz#record-7}), wherever it was read from.
 *
 * <p>Articles stream: the readers run on a thread of their own and hand rows over through a small
 * queue, so a file of gigabytes is never held in memory.
 */
final class FileReading implements FlatMapFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Rows waiting between the readers and Spark. */
    private static final int QUEUED = 64;

    private final HadoopConfiguration configuration;

    FileReading(HadoopConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Iterator<Row> call(Row file) {
        String path = file.getString(0);
        int fileIndex = file.getInt(1);
        PushIterator<Row> rows = new PushIterator<>("parley-read", QUEUED, push -> read(path, fileIndex, push));
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
        }
        return rows;
    }

    private void read(String path, int fileIndex, Consumer<Row> push) {
        org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(path);
        Path local;
        Path copy = null;
        try {
            FileSystem fs = hadoopPath.getFileSystem(configuration.get());
            if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
                local = Path.of(hadoopPath.toUri());
            } else {
                copy = Files.createTempDirectory("parley-read-");
                local = copy.resolve(hadoopPath.getName());
                fs.copyToLocalFile(false, hadoopPath, new org.apache.hadoop.fs.Path(local.toUri()), true);
            }
        } catch (IOException e) {
            push.accept(JobRows.read(new SkippedInput(path, "unreadable", "could not open: " + e.getMessage()),
                    fileIndex, 0));
            delete(copy);
            return;
        }
        try {
            Parley.read(List.of(local), new Renaming(local.toString(), path, fileIndex, push), InputProgress.NONE);
        } finally {
            delete(copy);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary copy left behind costs disk space, not correctness
        }
    }

    /** Passes what the readers find on as rows, with origins naming the file as the job was given it. */
    private static final class Renaming implements ReadSink {
        private final String localName;
        private final String name;
        private final int fileIndex;
        private final Consumer<Row> push;
        private int sequence;

        Renaming(String localName, String name, int fileIndex, Consumer<Row> push) {
            this.localName = localName;
            this.name = name;
            this.fileIndex = fileIndex;
            this.push = push;
        }

        @Override
        public void article(Article article) {
            Article renamed = new Article(article.id(), article.url(), article.source(), article.published(),
                    article.title(), article.text(), article.lang(), rename(article.origin()), article.furniture());
            push.accept(JobRows.read(renamed, fileIndex, sequence++));
        }

        @Override
        public void skipped(SkippedInput skipped) {
            push.accept(JobRows.read(new SkippedInput(rename(skipped.origin()), skipped.reason(),
                    skipped.detail() == null ? null : skipped.detail().replace(localName, name)), fileIndex, sequence++));
        }

        private String rename(String origin) {
            return origin != null && origin.startsWith(localName) ? name + origin.substring(localName.length()) : origin;
        }
    }
}
