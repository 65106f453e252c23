package parley.ingest.web.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Finds where the next WARC record may start after a broken one, by streaming through the file:
 * in a {@code .warc.gz} every record is its own gzip member, which starts with the bytes
 * {@code 1f 8b 08}; in a plain {@code .warc} a record starts with {@code WARC/1.} at the start of
 * a line. A match is only a candidate: the caller tries to read a record there.
 */
final class RecordStarts {
    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = {'\n', 'W', 'A', 'R', 'C', '/', '1', '.'};

    private RecordStarts() {
    }

    /** The first candidate offset at or after {@code from}, or -1 when there is none. */
    static long next(Path path, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP : WARC;
        // For plain WARC the pattern includes the newline before the record; start one byte early.
        long start = gzip ? from : Math.max(0, from - 1);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.position(start);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
            int matched = 0;
            long offset = start;
            int b;
            while ((b = in.read()) != -1) {
                // The patterns have no repeated prefix, so a mismatch restarts at 0 (or 1 on the first byte).
                if (b == (pattern[matched] & 0xFF)) {
                    matched++;
                } else {
                    matched = b == (pattern[0] & 0xFF) ? 1 : 0;
                }
                offset++;
                if (matched == pattern.length) {
                    long candidate = offset - pattern.length + (gzip ? 0 : 1);
                    if (candidate >= from) {
                        return candidate;
                    }
                    matched = 0;
                }
            }
            return -1;
        }
    }
}
