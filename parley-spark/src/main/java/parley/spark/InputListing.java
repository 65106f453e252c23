package parley.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import parley.model.SkippedInput;

/**
 * The files of the job's INPUT arguments, listed on the driver through Hadoop's file systems
 * ({@code file:}, {@code hdfs:}, {@code s3a:}... whatever the Hadoop configuration knows), with
 * the rules of {@link parley.core.ingest.Inputs}: folders are walked recursively, files in sorted
 * path order, hidden files and folders (name starting with a dot) left out; a missing input is
 * skipped as {@code not-found}, a folder without files as {@code empty-folder}, one that cannot be
 * listed as {@code unreadable}. An argument may be a glob ({@code s3a://crawl/2025/*.warc.gz}).
 *
 * @param files   every file to read, in order, with its size
 * @param skipped the inputs that name no file
 */
record InputListing(List<InputFile> files, List<SkippedInput> skipped) {
    InputListing {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** One file to read: its fully qualified path ({@code file:/data/a.jsonl}) and size in bytes. */
    record InputFile(String path, long bytes) {
        InputFile {
            if (path == null || path.isBlank() || bytes < 0) {
                throw new IllegalArgumentException("an input file needs a path and a size, got " + path + ", " + bytes);
            }
        }
    }

    /** Lists {@code inputs}. */
    static InputListing list(List<String> inputs, Configuration configuration) {
        List<InputFile> files = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(configuration);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    skipped.add(new SkippedInput(input, "not-found", "no such file or folder"));
                    continue;
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        List<InputFile> found = walk(fs, match.getPath());
                        if (found.isEmpty()) {
                            skipped.add(new SkippedInput(match.getPath().toString(), "empty-folder",
                                    "the folder holds no files"));
                        }
                        files.addAll(found);
                    } else {
                        files.add(new InputFile(match.getPath().toString(), match.getLen()));
                    }
                }
            } catch (FileNotFoundException e) {
                skipped.add(new SkippedInput(input, "not-found", "no such file or folder"));
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: a malformed URI or a file system Hadoop does not know.
                skipped.add(new SkippedInput(input, "unreadable", "could not list: " + e.getMessage()));
            }
        }
        return new InputListing(files, skipped);
    }

    /** The total size of the files. */
    long totalBytes() {
        return files.stream().mapToLong(InputFile::bytes).sum();
    }

    private static List<InputFile> walk(FileSystem fs, Path root) throws IOException {
        List<InputFile> files = new ArrayList<>();
        int rootDepth = root.depth();
        RemoteIterator<LocatedFileStatus> found = fs.listFiles(root, true);
        while (found.hasNext()) {
            LocatedFileStatus status = found.next();
            if (status.isFile() && !hidden(status.getPath(), rootDepth)) {
                files.add(new InputFile(status.getPath().toString(), status.getLen()));
            }
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }

    /** Whether the file, or a folder between the root and it, is hidden. */
    private static boolean hidden(Path file, int rootDepth) {
        for (Path current = file; current != null && current.depth() > rootDepth; current = current.getParent()) {
            if (current.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
