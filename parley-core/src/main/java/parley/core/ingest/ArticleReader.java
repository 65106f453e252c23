package parley.core.ingest;

import java.nio.file.Path;

/**
 * Reads one input file into articles. Implementations never throw for bad content: an unreadable
 * file or record is reported to the sink as skipped, with a reason, and reading goes on.
 */
public interface ArticleReader {
    /** Whether this reader handles the file (usually by extension). */
    boolean canRead(Path path);

    /** Reads every article of the file, reporting each article or skip to {@code sink}. */
    void read(Path path, ReadSink sink);
}
