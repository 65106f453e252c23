package parley.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The tests' corpus ({@code src/test/resources/parley/spark/corpus}, written for Parley) copied to
 * a folder, with a WARC file of one news page added: JSON Lines (four English articles, a broken
 * line, a French article, an empty text), a folder with a plain-text article and a hidden file,
 * and {@code pages.warc.gz}.
 */
final class Corpus {
    static final String PAGE = """
            <html><head><title>Ceasefire holds in Gaza | Example News</title>
            <meta property="article:published_time" content="2025-05-23T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ceasefire holds in Gaza</h1>
            <p>Israel and Hamas agreed on Friday to extend the ceasefire in Gaza by one week, mediators in Cairo said.</p>
            <p>Egypt and Qatar, which brokered the truce, urged both sides to release the remaining hostages and prisoners.</p>
            <p>Hamas accused Israel of blocking aid trucks at the Rafah crossing, a charge Israeli officials denied.</p>
            </article><footer>Copyright Example News</footer></body></html>
            """;

    private Corpus() {
    }

    /** Copies the corpus into {@code folder}; returns the inputs: the JSON Lines file, the text folder, the WARC. */
    static List<Path> copyTo(Path folder) {
        try {
            Path texts = Files.createDirectories(folder.resolve("texts"));
            copy("articles.jsonl", folder.resolve("articles.jsonl"));
            copy("texts/spark-5.txt", texts.resolve("spark-5.txt"));
            copy("texts/.hidden.txt", texts.resolve(".hidden.txt"));
            Path warc = folder.resolve("pages.warc.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc))) {
                out.write(response("https://www.example-news.test/world/gaza-ceasefire", PAGE));
            }
            return List.of(folder.resolve("articles.jsonl"), texts, warc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("corpus/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource corpus/" + resource);
            }
            Files.copy(in, target);
        }
    }

    /** One WARC response record holding {@code html} as a 200 text/html page. */
    private static byte[] response(String uri, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        block.write(body);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2025-05-23T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        block.writeTo(record);
        record.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return record.toByteArray();
    }
}
