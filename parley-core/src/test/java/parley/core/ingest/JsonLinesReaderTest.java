package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;
import parley.model.SkippedInput;

class JsonLinesReaderTest {
    private static final String TEXT = "26 May 2025\\n\\nRussia Rejects Ceasefire Initiative\\n\\n"
            + "On May 16, Ukrainian and Russian negotiators met in Istanbul for their first direct talks since 2022.";

    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void readsEveryFieldOfARecord() throws IOException {
        Article article = read("{\"id\": \"jdm-1\", \"url\": \"https://example.org/1\", \"source\": \"example.org\","
                + " \"published\": \"2025-05-27\", \"title\": \"Given title\", \"text\": \"" + TEXT + "\", \"lang\": \"en\"}")
                .only();
        assertThat(article.id()).isEqualTo("jdm-1");
        assertThat(article.url()).isEqualTo("https://example.org/1");
        assertThat(article.source()).isEqualTo("example.org");
        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.text()).startsWith("26 May 2025\n\nRussia");
        assertThat(article.origin()).endsWith("articles.jsonl#1");
        assertThat(article.furniture()).extracting(span -> span.reason()).containsExactly("date-line", "headline");
    }

    @Test
    void letsTheRecordsPublishedDateWinOverTheDateInTheText() throws IOException {
        Article article = read("{\"published\": \"2025-05-27\", \"text\": \"" + TEXT + "\"}").only();
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 27));
    }

    @Test
    void usesTheDateInTheTextWhenTheRecordHasNone() throws IOException {
        Article article = read("{\"published\": null, \"text\": \"" + TEXT + "\"}").only();
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(article.title()).isEqualTo("Russia Rejects Ceasefire Initiative");
    }

    @Test
    void takesTheCalendarDateOfAPublishedDateTime() throws IOException {
        Article article = read("{\"published\": \"2025-06-02T23:30:00+03:00\", \"text\": \"" + TEXT + "\"}").only();
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void fallsBackToTheTextWhenPublishedIsNotADate() throws IOException {
        Article article = read("{\"published\": \"soon\", \"text\": \"" + TEXT + "\"}").only();
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 26));
    }

    @Test
    void skipsABadLineAndReadsTheLinesAfterIt() throws IOException {
        CollectingSink sink = read("{\"id\": \"a\", \"text\": \"First article.\"}",
                "{\"id\": \"b\", \"text\": \"unterminated",
                "",
                "{\"id\": \"c\", \"text\": \"Third article.\"}");
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(sink.articles.get(1).origin()).endsWith("#4");
        SkippedInput skip = sink.skipped.get(0);
        assertThat(sink.skipped).hasSize(1);
        assertThat(skip.reason()).isEqualTo("bad-json");
        assertThat(skip.origin()).endsWith("articles.jsonl#2");
    }

    @Test
    void skipsRecordsWithoutTextWithTheirLineNumber() throws IOException {
        CollectingSink sink = read("{\"id\": \"a\"}", "{\"id\": \"b\", \"text\": 42}", "{\"id\": \"c\", \"text\": \"  \"}");
        assertThat(sink.articles).isEmpty();
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("missing-text", "missing-text", "empty");
        assertThat(sink.skipped).extracting(SkippedInput::origin)
                .allSatisfy(origin -> assertThat(origin).matches(".*articles\\.jsonl#[123]"));
    }

    @Test
    void treatsArraysScalarsAndGluedRecordsAsBadJson() throws IOException {
        CollectingSink sink = read("[1, 2]", "\"text\"", "{\"text\": \"a\"} {\"text\": \"b\"}", "null");
        assertThat(sink.articles).isEmpty();
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsOnly("bad-json").hasSize(4);
    }

    @Test
    void givesARecordWithoutIdAStableHashOfUrlAndText() throws IOException {
        String record = "{\"url\": \"https://example.org/a\", \"text\": \"Ukraine accepted the proposal.\"}";
        Article first = read(record).only();
        Article again = read(record).only();
        assertThat(first.id()).isEqualTo("dca658cdd88b73fc").isEqualTo(again.id());
        assertThat(read("{\"text\": \"Ukraine accepted the proposal.\"}").only().id()).isEqualTo("1f3219d5ac1a1a9d");
    }

    @Test
    void readsANumericIdAsText() throws IOException {
        assertThat(read("{\"id\": 7, \"text\": \"Ukraine accepted the proposal.\"}").only().id()).isEqualTo("7");
    }

    @Test
    void skipsAnOverlongRecordAndGoesOn() throws IOException {
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"" + "x".repeat(500) + "\"}\n{\"id\": \"short\", \"text\": \"Fine.\"}\n");
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader(100).read(file, sink);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("too-large");
        assertThat(sink.articles).extracting(Article::id).containsExactly("short");
    }

    @Test
    void replacesInvalidUtf8InsideARecordInsteadOfFailingTheFile() throws IOException {
        Path file = dir.resolve("bytes.jsonl");
        byte[] head = "{\"id\": \"x\", \"text\": \"Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " talks.\"}\n{\"id\": \"y\", \"text\": \"Next.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).extracting(Article::text).containsExactly("Caf\uFFFD talks.", "Next.");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws IOException {
        Path file = dir.resolve("bom.ndjson");
        Files.writeString(file, "\uFEFF{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n");
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "b");
    }

    @Test
    void readsJsonlAndNdjsonFilesOnly() {
        assertThat(reader.canRead(Path.of("ARTICLES.JSONL"))).isTrue();
        assertThat(reader.canRead(Path.of("feed.ndjson"))).isTrue();
        assertThat(reader.canRead(Path.of("article.json"))).isFalse();
    }

    private CollectingSink read(String... lines) throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }
}
