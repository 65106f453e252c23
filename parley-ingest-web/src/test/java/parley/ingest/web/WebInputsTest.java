package parley.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.Inputs;
import parley.model.Article;
import parley.model.SkippedInput;

/** The web readers behind parley-core's front door, over a folder of good and bad inputs. */
class WebInputsTest {
    @TempDir
    Path dir;

    @Test
    void readsTheGoodArticlesAroundEveryKindOfBadInput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("stream"));
        Files.writeString(folder.resolve("a-talks.html"), Pages.page(Stories.ALL.get(0)).html());
        Files.writeString(folder.resolve("b-error.rss"),
                "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not found</body></html>");
        byte[] invalid = new byte[3000];
        Arrays.fill(invalid, (byte) 0xF8);
        Files.write(folder.resolve("c-invalid.html"), invalid);
        Files.writeString(folder.resolve("d-plain.txt"), "Talks resume in Istanbul\n\n" + Stories.text(4) + "\n");
        Files.write(folder.resolve("e-cut.warc.gz"), truncatedWarc());
        Files.writeString(folder.resolve("f-feed.rss"), "<rss version=\"2.0\"><channel><title>Desk</title><item><title>Exchange"
                + "</title><link>https://desk.example/x</link><description>" + Stories.ALL.get(1).get(0)
                + "</description></item></channel></rss>");
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));

        List<ArticleReader> readers = new ArrayList<>(Inputs.defaultReaders());
        readers.addAll(WebReaders.all());
        CollectingSink sink = new CollectingSink();
        Inputs.read(List.of(folder, empty, dir.resolve("no-such-path")), readers, sink);

        assertThat(sink.articles).extracting(Article::origin).containsExactly(
                folder.resolve("a-talks.html").toString(),
                folder.resolve("d-plain.txt").toString(),
                folder.resolve("e-cut.warc.gz") + "#record-1",
                folder.resolve("f-feed.rss") + "#item-1");
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly(
                "not-a-feed", "encoding", "truncated-warc", "empty-folder", "not-found");
    }

    private static byte[] truncatedWarc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int story : new int[] {2, 3}) {
            byte[] html = Pages.page(Stories.ALL.get(story)).html().getBytes(StandardCharsets.UTF_8);
            String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
            String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://n.example/" + story
                    + "\r\nWARC-Date: 2025-05-21T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + story
                    + ">\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + (http.length() + html.length) + "\r\n\r\n";
            try (GZIPOutputStream gz = new GZIPOutputStream(new java.io.FilterOutputStream(out) {
                @Override
                public void close() {
                }
            })) {
                gz.write((head + http).getBytes(StandardCharsets.US_ASCII));
                gz.write(html);
                gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        byte[] whole = out.toByteArray();
        return Arrays.copyOf(whole, whole.length - 400);
    }
}
