package parley.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import parley.model.SkippedInput;

/**
 * What every {@link ArticleReader} does with a file before its format matters: recognise it by
 * extension, read it whole within a size limit, and turn a missing or unreadable file into a
 * skipped input with the same reasons everywhere ({@code not-found}, {@code unreadable},
 * {@code too-large}).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Whether the file name ends with one of {@code suffixes} (lower case, e.g. ".warc.gz"). */
    public static boolean hasExtension(Path path, String... suffixes) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The skipped input for a file that could not be opened or read. */
    public static SkippedInput unreadable(String origin, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new SkippedInput(origin, "not-found", "the file does not exist");
        }
        if (e instanceof AccessDeniedException) {
            return new SkippedInput(origin, "unreadable", "permission denied; check the file's permissions");
        }
        return new SkippedInput(origin, "unreadable", "could not read the file: " + e);
    }

    /**
     * The file's bytes, or null when it was skipped (reported to {@code sink}) because it is larger
     * than {@code maxBytes}, missing or unreadable. The size is checked before reading.
     *
     * @param what the kind of file, for the message ("the page has 12000000 bytes ...")
     */
    public static byte[] readAll(Path path, String what, long maxBytes, ReadSink sink) {
        String origin = path.toString();
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                sink.skipped(new SkippedInput(origin, "too-large",
                        "the " + what + " has " + size + " bytes, more than the limit of " + maxBytes));
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            sink.skipped(unreadable(origin, e));
            return null;
        }
    }
}
