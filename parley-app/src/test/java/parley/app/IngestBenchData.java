package parley.app;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes inputs for measuring {@code analyze} throughput (a main class, not a test): news pages
 * around {@link GeneratedNews} reports, with a site header, navigation, related headlines and a
 * footer; every tenth page a near copy of an earlier one on another site.
 *
 * <pre>
 * java -cp parley-app/target/test-classes:parley-app/target/parley-app.jar:parley-app/target/lib/* \
 *     parley.app.IngestBenchData html FOLDER PAGES      # one .html file a page
 * java -cp ... parley.app.IngestBenchData warc FILE.warc.gz PAGES   # request + response + metadata records
 * </pre>
 */
public final class IngestBenchData {
    private IngestBenchData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("html") || args[0].equals("warc"))) {
            System.err.println("usage: IngestBenchData html FOLDER PAGES | warc FILE.warc.gz PAGES");
            System.exit(2);
        }
        Path target = Path.of(args[1]);
        int pages = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        if (args[0].equals("html")) {
            Files.createDirectories(target);
            for (int i = 0; i < pages; i++) {
                Files.writeString(target.resolve(String.format(Locale.ROOT, "page-%06d.html", i)), page(i));
            }
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                Warc warc = new Warc(out);
                for (int i = 0; i < pages; i++) {
                    warc.page(uri(i), page(i));
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %d pages to %s in %.1f s%n", pages, target, (System.nanoTime() - start) / 1e9);
    }

    private static String uri(int i) {
        return (i % 10 == 9 ? "https://www.eveningpost.example/news/" : "https://www.dailyledger.example/world/") + "report-" + i;
    }

    static String page(int i) {
        boolean copy = i % 10 == 9;
        long original = copy ? (i * 7919L) % i : i;
        original -= original % 10 == 9 ? 1 : 0; // an original page, not another copy
        String text = copy ? GeneratedNews.nearCopy(i, GeneratedNews.report(original)) : GeneratedNews.report(i);
        String site = copy ? "Evening Post" : "Daily Ledger";
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Report ").append(i)
                .append(" | ").append(site).append("</title>\n<meta property=\"og:site_name\" content=\"").append(site)
                .append("\">\n<meta property=\"article:published_time\" content=\"2025-05-16T09:30:00+03:00\">\n")
                .append("<link rel=\"canonical\" href=\"").append(uri(i)).append("\">\n")
                .append("<script>window.analytics = {page: 'article'};</script>\n</head>\n<body>\n")
                .append("<header><a href=\"/\">").append(site).append("</a><nav><ul>");
        for (String section : new String[] {"World", "Politics", "Business", "Opinion", "Sport", "Culture"}) {
            html.append("<li><a href=\"/").append(section.toLowerCase(Locale.ROOT)).append("\">").append(section)
                    .append("</a></li>");
        }
        html.append("</ul></nav></header>\n<main><article>\n<h1>Report ").append(i).append(" on the talks</h1>\n")
                .append("<div class=\"byline\">By Staff Reporter</div>\n");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        html.append("</article>\n<aside><h3>Most read</h3><ul><li><a href=\"/r/1\">Markets slide as oil prices jump</a></li>")
                .append("<li><a href=\"/r/2\">Heatwave grips southern Europe</a></li></ul></aside></main>\n")
                .append("<footer>© 2025 ").append(site).append(". All rights reserved. <a href=\"/privacy\">Privacy</a>")
                .append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A .warc.gz writer: one gzip member per record, as crawlers write them. */
    private static final class Warc {
        private final OutputStream out;
        private long seq;

        Warc(OutputStream out) {
            this.out = out;
        }

        void page(String uri, String html) throws IOException {
            String get = "GET " + uri.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: example\r\n\r\n";
            record("request", uri, "application/http;msgtype=request", get.getBytes(StandardCharsets.UTF_8));
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream block = new ByteArrayOutputStream(body.length + 128);
            block.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            block.write(body);
            record("response", uri, "application/http;msgtype=response", block.toByteArray());
            record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8));
        }

        private void record(String type, String uri, String contentType, byte[] block) throws IOException {
            seq++;
            String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                    + "\r\nWARC-Date: 2025-05-21T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + new UUID(0xbe7cL, seq)
                    + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
            GZIPOutputStream member = new GZIPOutputStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            }, 1 << 14);
            member.write(head.getBytes(StandardCharsets.UTF_8));
            member.write(block);
            member.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            member.finish();
        }
    }
}
