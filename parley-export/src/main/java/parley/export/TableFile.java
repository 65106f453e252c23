package parley.export;

import java.nio.file.Path;

/**
 * One file an export wrote.
 *
 * @param table   the table ({@code events}, ...)
 * @param file    where
 * @param rows    how many rows
 * @param bytes   its size
 * @param seconds how long reading and writing it took
 */
public record TableFile(String table, Path file, long rows, long bytes, double seconds) {
}
