package parley.ingest.web.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC records byte by byte, as crawlers do (each record its own gzip member in a
 * {@code .warc.gz}), including broken ones: a Content-Length that lies, a file cut short.
 */
final class WarcFiles {
    private final OutputStream out;
    private final boolean gzip;
    private long seq;

    WarcFiles(OutputStream out, boolean gzip) {
        this.out = out;
        this.gzip = gzip;
    }

    void warcinfo() throws IOException {
        record("warcinfo", null, "application/warc-fields", "software: parley-test\r\nformat: WARC 1.1\r\n".getBytes(StandardCharsets.UTF_8), 0);
    }

    void request(String uri) throws IOException {
        String http = "GET " + uri.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: example\r\nUser-Agent: test\r\n\r\n";
        record("request", uri, "application/http;msgtype=request", http.getBytes(StandardCharsets.UTF_8), 0);
    }

    void metadata(String uri) throws IOException {
        record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8), 0);
    }

    void response(String uri, int status, String contentType, byte[] body) throws IOException {
        response(uri, status, contentType, "", body, 0);
    }

    /** A response whose WARC Content-Length is off by {@code lie} bytes. */
    void response(String uri, int status, String contentType, String extraHeaders, byte[] body, int lie) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream(body.length + 200);
        block.write(("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\nContent-Type: " + contentType
                + "\r\n" + extraHeaders + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        block.write(body);
        record("response", uri, "application/http;msgtype=response", block.toByteArray(), lie);
    }

    void html(String uri, String html) throws IOException {
        response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void record(String type, String uri, String contentType, byte[] block, int lie) throws IOException {
        seq++;
        StringBuilder head = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type).append("\r\n");
        if (uri != null) {
            head.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        head.append("WARC-Date: 2025-05-21T10:00:00Z\r\n")
                .append("WARC-Record-ID: <urn:uuid:").append(new UUID(0x5eedL, seq)).append(">\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(block.length + lie).append("\r\n\r\n");
        ByteArrayOutputStream record = new ByteArrayOutputStream(block.length + head.length() + 8);
        record.write(head.toString().getBytes(StandardCharsets.UTF_8));
        record.write(block);
        record.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (gzip) {
            GZIPOutputStream member = new GZIPOutputStream(new NonClosing(out), 64 * 1024);
            record.writeTo(member);
            member.finish();
        } else {
            record.writeTo(out);
        }
    }

    /** Lets one gzip member finish without closing the file under it. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
