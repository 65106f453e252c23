package parley.ingest.web.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.core.ingest.ReadSink;
import parley.ingest.web.CollectingSink;
import parley.ingest.web.Pages;
import parley.ingest.web.Stories;
import parley.model.Article;
import parley.model.SkippedInput;

class WarcReaderTest {
    @TempDir
    Path dir;

    private final WarcReader reader = new WarcReader();

    private static String page(int story) {
        return Pages.page(Stories.ALL.get(story)).noMeta().canonical(null).title("Story " + story).html();
    }

    /** A crawl as crawlers write it: warcinfo, then request, response and metadata per page. */
    private static void crawl(WarcFiles warc, int... stories) throws IOException {
        warc.warcinfo();
        for (int story : stories) {
            String uri = "https://news.example/world/story-" + story;
            warc.request(uri);
            warc.html(uri, page(story));
            warc.metadata(uri);
        }
    }

    private CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }

    private static String text(CollectingSink sink, int article) {
        return sink.articles.get(article).text();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsHtmlResponsesAndCountsTheOtherRecordsOncePerReason(boolean gzip) throws IOException {
        Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        try (OutputStream out = Files.newOutputStream(file)) {
            WarcFiles warc = new WarcFiles(out, gzip);
            crawl(warc, 0, 1);
            warc.response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            warc.response("https://news.example/app.js", 200, "application/javascript", "var a;".getBytes(StandardCharsets.UTF_8));
            warc.response("https://news.example/old", 301, "text/html", "<a href=/new>moved</a>".getBytes(StandardCharsets.UTF_8));
            warc.response("https://news.example/gone", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8));
            warc.html("https://news.example/empty", "<html><body><script>x()</script></body></html>");
        }
        CollectingSink sink = read(file);

        assertThat(sink.articles).hasSize(2);
        Article first = sink.articles.get(0);
        assertThat(first.url()).isEqualTo("https://news.example/world/story-0");
        assertThat(first.source()).isEqualTo("Daily Ledger");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 5, 21)); // the WARC-Date: the page shows none
        assertThat(first.origin()).isEqualTo(file + "#record-3");
        assertThat(first.text()).startsWith(Stories.ALL.get(0).get(0));
        assertThat(sink.articles.get(1).text()).startsWith(Stories.ALL.get(1).get(0));

        assertThat(sink.skipped).extracting(SkippedInput::origin).containsOnly(file.toString());
        assertThat(sink.skipped).extracting(SkippedInput::reason)
                .containsExactlyInAnyOrder("warc-non-response", "warc-non-html", "warc-not-ok", "no-content");
        assertThat(detail(sink, "warc-non-response")).isEqualTo("5 records (warcinfo 1, request 2, metadata 2)");
        assertThat(detail(sink, "warc-non-html")).isEqualTo("2 records (image/png 1, application/javascript 1)");
        assertThat(detail(sink, "warc-not-ok")).isEqualTo("2 records (status 301 1, status 404 1)");
        assertThat(detail(sink, "no-content")).contains("1 record", "https://news.example/empty");
    }

    @Test
    void givesTheSameArticlesAndTallyWhenASinkExtractsThePagesOnOtherThreads() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            WarcFiles warc = new WarcFiles(out, true);
            crawl(warc, 0, 1, 2, 0, 1);
            warc.html("https://news.example/empty", "<html><body><script>x()</script></body></html>");
            warc.response("https://news.example/gone", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8));
            crawl(warc, 2);
        }
        CollectingSink direct = read(file);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Object> order = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<CollectingSink>> jobs = new ArrayList<>();
            ReadSink threaded = new ReadSink() {
                @Override
                public void article(Article article) {
                    throw new AssertionError("a page's article comes from its deferred job");
                }

                @Override
                public CompletableFuture<Void> deferred(String origin, Consumer<ReadSink> job) {
                    CollectingSink own = new CollectingSink();
                    CompletableFuture<CollectingSink> done = CompletableFuture.supplyAsync(() -> {
                        job.accept(own);
                        return own;
                    }, pool);
                    jobs.add(done);
                    order.add(done);
                    return done.thenApply(ignored -> null);
                }

                @Override
                public void skipped(SkippedInput skip) {
                    order.add(skip);
                }
            };
            reader.read(file, threaded);
            CollectingSink merged = new CollectingSink();
            for (Object entry : order) {
                if (entry instanceof SkippedInput skip) {
                    merged.skipped(skip);
                } else {
                    @SuppressWarnings("unchecked")
                    CollectingSink own = ((CompletableFuture<CollectingSink>) entry).get();
                    own.articles.forEach(merged::article);
                    own.skipped.forEach(merged::skipped);
                }
            }
            assertThat(jobs).hasSize(7);
            assertThat(merged.articles).extracting(Article::id).containsExactlyElementsOf(
                    direct.articles.stream().map(Article::id).toList());
            assertThat(merged.skipped).containsExactlyElementsOf(direct.skipped);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsChunkedAndGzipEncodedBodies() throws IOException {
        byte[] html = page(2).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(gzipped)) {
            gz.write(html);
        }
        byte[] compressed = gzipped.toByteArray();
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        int half = compressed.length / 2;
        chunked.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(compressed, 0, half);
        chunked.write(("\r\n" + Integer.toHexString(compressed.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(compressed, half, compressed.length - half);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("encoded.warc.gz");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WarcFiles(out, true).response("https://news.example/sanctions", 200, "text/html",
                    "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked.toByteArray(), 0);
        }
        assertThat(read(file).only().text()).startsWith(Stories.ALL.get(2).get(0));
    }

    @Test
    void readsTheRecordsBeforeATruncatedGzipAndSaysWhereItEnds() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        crawl(new WarcFiles(bytes, true), 0, 1, 2);
        byte[] whole = bytes.toByteArray();
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length - 700));

        CollectingSink sink = read(file);
        assertThat(sink.articles).hasSize(2);
        SkippedInput truncated = sink.skipped.stream().filter(s -> s.reason().equals("truncated-warc")).findFirst().orElseThrow();
        assertThat(truncated.origin()).startsWith(file + "#record-");
        assertThat(truncated.detail()).contains("cut short", "byte offset");
    }

    @ParameterizedTest
    @ValueSource(ints = {-40, 60, 100_000})
    void skipsARecordWithALyingContentLengthAndReadsTheRecordsAfterIt(int lie) throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path file = dir.resolve("lying" + lie + (gzip ? ".warc.gz" : ".warc"));
            try (OutputStream out = Files.newOutputStream(file)) {
                WarcFiles warc = new WarcFiles(out, gzip);
                warc.html("https://news.example/a", page(3));
                warc.response("https://news.example/b", 200, "text/html", "", page(4).getBytes(StandardCharsets.UTF_8), lie);
                warc.html("https://news.example/c", page(5));
                warc.html("https://news.example/d", page(6));
            }
            CollectingSink sink = read(file);

            assertThat(sink.articles).as("gzip %s lie %d: %s", gzip, lie, sink.skipped).hasSize(3);
            assertThat(text(sink, 0)).startsWith(Stories.ALL.get(3).get(0));
            assertThat(text(sink, 1)).startsWith(Stories.ALL.get(5).get(0));
            assertThat(text(sink, 2)).startsWith(Stories.ALL.get(6).get(0));
            SkippedInput bad = sink.onlySkipOr();
            assertThat(bad.reason()).isEqualTo("bad-warc-record");
            assertThat(bad.origin()).isEqualTo(file + "#record-2");
            assertThat(bad.detail()).contains("reading resumed at byte offset");
        }
    }

    @Test
    void refusesA200MegabyteSingleLinePageInsideARecordWithoutHoldingIt() throws IOException {
        Path file = dir.resolve("huge.warc.gz");
        long size = 200L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(file)) {
            WarcFiles warc = new WarcFiles(out, true);
            warc.html("https://news.example/a", page(0));
            HugeRecord.write(out, "https://news.example/huge", size);
            warc.html("https://news.example/c", page(1));
        }
        CollectingSink sink = read(file);
        assertThat(sink.articles).hasSize(2);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("too-large");
        assertThat(sink.skipped.get(0).detail()).contains("https://news.example/huge");
    }

    @Test
    void skipsFilesThatAreNotWarcOrEmptyOrMissing() throws IOException {
        Path notWarc = dir.resolve("notes.warc");
        Files.writeString(notWarc, "These are my notes, not a crawl.\n");
        Path empty = dir.resolve("empty.warc.gz");
        Files.write(empty, new byte[0]);
        CollectingSink sink = new CollectingSink();
        reader.read(notWarc, sink);
        reader.read(empty, sink);
        reader.read(dir.resolve("missing.warc.gz"), sink);
        assertThat(sink.reasons()).containsExactly("not-a-warc", "empty", "not-found");
    }

    @Test
    void readsWarcFileNames() {
        assertThat(reader.canRead(Path.of("a.warc.gz"))).isTrue();
        assertThat(reader.canRead(Path.of("A.WARC"))).isTrue();
        assertThat(reader.canRead(Path.of("a.gz"))).isFalse();
    }

    private static String detail(CollectingSink sink, String reason) {
        return sink.skipped.stream().filter(s -> s.reason().equals(reason)).findFirst().orElseThrow().detail();
    }
}
