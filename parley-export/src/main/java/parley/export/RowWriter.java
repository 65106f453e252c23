package parley.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes the rows of one table to one file. The file appears under its name only when {@link
 * #finish} succeeds: a failed or abandoned export leaves no half-written file behind.
 */
interface RowWriter extends AutoCloseable {
    /** Writes a row ({@link parley.core.export.Table#check} holds for it). */
    void write(List<Object> row) throws IOException;

    /** Completes the file and moves it to its name. */
    void finish() throws IOException;

    /** Releases what the writer holds; without {@link #finish} the partial file is deleted. */
    @Override
    void close() throws IOException;
}
