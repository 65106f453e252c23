package parley.ingest.web.warc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Streams one gzip-member response record whose HTML body is a single line of {@code size} bytes. */
final class HugeRecord {
    private HugeRecord() {
    }

    static void write(OutputStream out, String uri, long size) throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + size + "\r\n\r\n";
        String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2025-05-21T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000ff>"
                + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length() + size) + "\r\n\r\n";
        GZIPOutputStream gz = new GZIPOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        }, 64 * 1024);
        gz.write((head + http).getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        byte[] open = "<p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, chunk, 0, open.length);
        for (long written = 0; written < size; written += chunk.length) {
            gz.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            chunk[0] = 'x';
            chunk[1] = 'x';
            chunk[2] = 'x';
        }
        gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        gz.finish();
    }
}
