package parley.ingest.web.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the transfer and content encodings that crawlers keep in WARC records (chunked,
 * gzip, deflate), with a size bound so a compression bomb cannot fill memory.
 */
final class HttpBodies {
    /** Thrown when a body cannot be decoded; the message says why. */
    static final class BadBody extends Exception {
        BadBody(String message) {
            super(message);
        }
    }

    private HttpBodies() {
    }

    /**
     * The payload of {@code raw}; {@code transferEncoding} and {@code contentEncoding} may be null.
     * Returns more than {@code max} bytes only to say "too large" (the caller checks the length).
     */
    static byte[] decode(byte[] raw, String transferEncoding, String contentEncoding, long max) throws BadBody {
        byte[] body = raw;
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = dechunk(body);
        }
        if (contentEncoding == null) {
            return body;
        }
        String encoding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(body)), max);
                case "deflate" -> bounded(new InflaterInputStream(new ByteArrayInputStream(body)), max);
                case "identity", "" -> body;
                default -> throw new BadBody("content encoding " + encoding + " is not supported");
            };
        } catch (IOException e) {
            throw new BadBody("the " + encoding + " body could not be decoded: " + e.getMessage());
        }
    }

    private static byte[] bounded(InputStream in, long max) throws IOException {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    /**
     * Chunked transfer coding. Bodies that only claim to be chunked (crawlers that stored the
     * decoded body but kept the header) are returned as they are.
     */
    private static byte[] dechunk(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        int i = 0;
        while (i < raw.length) {
            int lineEnd = indexOfCrlf(raw, i);
            if (lineEnd < 0) {
                return raw;
            }
            String sizeLine = new String(raw, i, lineEnd - i, java.nio.charset.StandardCharsets.ISO_8859_1);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (size < 0) {
                return raw;
            }
            i = lineEnd + 2;
            if (size == 0) {
                return out.toByteArray();
            }
            if (size > raw.length - i) {
                out.write(raw, i, raw.length - i);
                return out.toByteArray();
            }
            out.write(raw, i, size);
            i += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
