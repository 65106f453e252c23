package parley.core.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * The front door of reading: turns the command line's INPUT arguments (any mix of files and
 * folders) into articles and skips.
 *
 * <pre>{@code
 * List<Article> articles = new ArrayList<>();
 * List<SkippedInput> skipped = new ArrayList<>();
 * Inputs.read(List.of(Path.of("corpus/dev"), Path.of("more.jsonl")), Inputs.defaultReaders(),
 *         new ReadSink() {
 *             public void article(Article article) { articles.add(article); }
 *             public void skipped(SkippedInput skip) { skipped.add(skip); }
 *         });
 * }</pre>
 *
 * <p>Folders are walked recursively, files in sorted path order, hidden files and folders (name
 * starting with a dot) left out. Each file goes to the first reader that {@link
 * ArticleReader#canRead can read} it. Nothing here throws for bad input: a missing path is skipped
 * as {@code not-found}, a file no reader handles as {@code unsupported-format}, a folder that
 * cannot be listed as {@code unreadable}, a folder without files as {@code empty-folder}, and a
 * reader that fails unexpectedly as {@code reader-error}.
 */
public final class Inputs {
    private Inputs() {
    }

    /** The readers for the formats this package knows: plain text, then JSON Lines. */
    public static List<ArticleReader> defaultReaders() {
        return List.of(new PlainTextReader(), new JsonLinesReader());
    }

    /** Reads {@code inputs} with {@link #defaultReaders()}. */
    public static void read(List<Path> inputs, ReadSink sink) {
        read(inputs, defaultReaders(), sink);
    }

    /** Reads every file of {@code inputs}, in the given order, reporting to {@code sink}. */
    public static void read(List<Path> inputs, List<ArticleReader> readers, ReadSink sink) {
        read(inputs, readers, sink, InputProgress.NONE);
    }

    /**
     * Reads every file of {@code inputs}, in the given order, reporting to {@code sink}, and tells
     * {@code progress} when each file starts and ends (sizes as {@link #totalBytes} counts them).
     */
    public static void read(List<Path> inputs, List<ArticleReader> readers, ReadSink sink, InputProgress progress) {
        if (inputs == null || readers == null || sink == null || progress == null) {
            throw new IllegalArgumentException("inputs, readers, sink and progress are required, got "
                    + inputs + ", " + readers + ", " + sink + ", " + progress);
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                sink.skipped(new SkippedInput(input.toString(), "not-found", "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                List<Path> files = walk(input, sink);
                if (files == null) {
                    continue;
                }
                if (files.isEmpty()) {
                    sink.skipped(new SkippedInput(input.toString(), "empty-folder", "the folder holds no files"));
                }
                for (Path file : files) {
                    readFile(file, readers, sink, progress);
                }
            } else {
                readFile(input, readers, sink, progress);
            }
        }
    }

    /**
     * The total size in bytes of the files {@link #read} would read from {@code inputs}: the same
     * walk (hidden files left out), without opening any file. Paths that are missing or cannot be
     * listed count 0; nothing is reported here, {@code read} reports them.
     */
    public static long totalBytes(List<Path> inputs) {
        if (inputs == null) {
            throw new IllegalArgumentException("inputs must not be null");
        }
        ReadSink ignore = new ReadSink() {
            @Override
            public void article(Article article) {
            }

            @Override
            public void skipped(SkippedInput skipped) {
            }
        };
        long total = 0;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> files = walk(input, ignore);
                for (Path file : files == null ? List.<Path>of() : files) {
                    total += size(file);
                }
            } else if (Files.exists(input)) {
                total += size(input);
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // read() reports the file; a size is only for progress
        }
    }

    private static void readFile(Path file, List<ArticleReader> readers, ReadSink sink, InputProgress progress) {
        long bytes = size(file);
        progress.fileStarted(file, bytes);
        try {
            readFile(file, readers, sink);
        } finally {
            progress.fileFinished(file, bytes);
        }
    }

    private static void readFile(Path file, List<ArticleReader> readers, ReadSink sink) {
        if (!Files.isRegularFile(file)) {
            sink.skipped(new SkippedInput(file.toString(), "unsupported-format", "not a regular file"));
            return;
        }
        for (ArticleReader reader : readers) {
            if (reader.canRead(file)) {
                if (!Files.isReadable(file)) {
                    sink.skipped(new SkippedInput(file.toString(), "unreadable", "permission denied; check the file's permissions"));
                    return;
                }
                try {
                    reader.read(file, sink);
                } catch (RuntimeException e) {
                    // A reader bug must cost one file, not the batch.
                    sink.skipped(new SkippedInput(file.toString(), "reader-error",
                            reader.getClass().getSimpleName() + " failed: " + e));
                }
                return;
            }
        }
        sink.skipped(new SkippedInput(file.toString(), "unsupported-format", "no reader for this kind of file (tried "
                + String.join(", ", readers.stream().map(r -> r.getClass().getSimpleName()).toList()) + ")"));
    }

    /**
     * Regular, non-hidden files under {@code root}, sorted by path; null when the folder itself
     * could not be listed (already reported).
     */
    private static List<Path> walk(Path root, ReadSink sink) {
        List<Path> files = new ArrayList<>();
        boolean[] rootFailed = {false};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    rootFailed[0] |= file.equals(root);
                    sink.skipped(new SkippedInput(file.toString(), "unreadable", "could not list or open: " + e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.skipped(new SkippedInput(root.toString(), "unreadable", "could not walk the folder: " + e));
            return null;
        }
        files.sort(null);
        return rootFailed[0] && files.isEmpty() ? null : files;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
