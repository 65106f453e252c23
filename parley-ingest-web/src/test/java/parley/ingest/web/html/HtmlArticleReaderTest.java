package parley.ingest.web.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.ingest.web.CollectingSink;
import parley.ingest.web.Pages;
import parley.ingest.web.Stories;
import parley.model.Article;
import parley.model.SkippedInput;

class HtmlArticleReaderTest {
    @TempDir
    Path dir;

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article readPage(String html) {
        CollectingSink sink = new CollectingSink();
        reader.readHtml(html, null, "test.html", sink);
        return sink.only();
    }

    @Test
    void readsMainTextWithoutNavigationCommentsOrFooter() throws IOException {
        Path page = dir.resolve("talks-istanbul.html");
        Files.writeString(page, Pages.page(Stories.ALL.get(0)).title("Russia and Ukraine meet in Istanbul").html());
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        Article article = sink.only();

        assertThat(article.id()).isEqualTo("talks-istanbul");
        assertThat(article.origin()).isEqualTo(page.toString());
        assertThat(article.title()).isEqualTo("Russia and Ukraine meet in Istanbul");
        assertThat(article.url()).isEqualTo("https://www.dailyledger.example/world/2025/05/16/talks-resume");
        assertThat(article.source()).isEqualTo("Daily Ledger");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.text().split("\n")).containsSubsequence(Stories.ALL.get(0));
        assertThat(article.text()).doesNotContain("Subscribe", "Politics", "Most read", "reader42", "Copyright",
                "analytics", "font-family");
    }

    @Test
    void keepsOneParagraphPerLineSoOffsetsPointIntoTheText() {
        Article article = readPage(Pages.page(Stories.ALL.get(1)).html());
        String second = Stories.ALL.get(1).get(1);
        int at = article.text().indexOf(second);
        assertThat(at).isPositive();
        assertThat(article.text().charAt(at - 1)).isEqualTo('\n');
        assertThat(article.text().substring(at, at + second.length())).isEqualTo(second);
    }

    @Test
    void marksARepeatedHeadlineInTheMainTextAsFurniture() {
        Article article = readPage(Pages.page(Stories.ALL.get(2)).title("EU adopts new sanctions package").html());
        int at = article.text().indexOf("EU adopts new sanctions package");
        if (at >= 0) {
            assertThat(article.isFurniture(at, at + 5)).isTrue();
        }
        int body = article.text().indexOf(Stories.ALL.get(2).get(0));
        assertThat(article.isFurniture(body, body + 20)).isFalse();
    }

    @Test
    void findsThePublicationDateInJsonLdWhenNoMetaTagHasIt() {
        String html = Pages.page(Stories.ALL.get(3)).noMeta().canonical(null)
                .head("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
                        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-05-19T21:05:00Z\"}]}</script>")
                .html();
        assertThat(readPage(html).published()).isEqualTo(LocalDate.of(2025, 5, 19));
    }

    @Test
    void findsThePublicationDateInATimeElement() {
        String html = Pages.page(Stories.ALL.get(3)).noMeta().canonical(null)
                .byline("By Ana Petrova <time datetime=\"2025-05-20T08:00:00+02:00\">Tuesday morning</time>").html();
        assertThat(readPage(html).published()).isEqualTo(LocalDate.of(2025, 5, 20));
    }

    @Test
    void findsThePublicationDateInTheAddress() {
        String html = Pages.page(Stories.ALL.get(4)).noMeta()
                .canonical("https://news.example.org/2025/06/02/second-round-istanbul").html();
        assertThat(readPage(html).published()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void findsThePublicationDateInAVisibleDateLine() {
        String html = Pages.page(Stories.ALL.get(5)).noMeta().canonical(null).visibleDate("1 June 2025, 18:40").html();
        assertThat(readPage(html).published()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void readsDcDateAndPubdateMetaTags() {
        String dc = Pages.page(Stories.ALL.get(6)).noMeta().canonical(null).meta("name=\"DC.date\"", "2025-05-10").html();
        String pubdate = Pages.page(Stories.ALL.get(6)).noMeta().canonical(null).meta("name=\"pubdate\"", "20250511").html();
        assertThat(readPage(dc).published()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(readPage(pubdate).published()).isEqualTo(LocalDate.of(2025, 5, 11));
    }

    @Test
    void usesTheCallersFallbackDateWhenThePageShowsNone() {
        CollectingSink sink = new CollectingSink();
        String html = Pages.page(Stories.ALL.get(7)).noMeta().canonical(null).html();
        reader.readHtml(html.getBytes(StandardCharsets.UTF_8), null, "https://vatican.example/news/offer", "x.warc#record-3",
                LocalDate.of(2025, 5, 21), sink);
        Article article = sink.only();
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(article.source()).isEqualTo("Daily Ledger");
        assertThat(article.url()).isEqualTo("https://vatican.example/news/offer");
        assertThat(article.id()).matches("[0-9a-f]{16}");
    }

    @Test
    void takesTheSourceFromTheCanonicalHostWhenTheSiteHasNoName() {
        String html = Pages.page(Stories.ALL.get(0)).site(null).canonical("https://www.kyivdaily.example/a/1").html();
        assertThat(readPage(html).source()).isEqualTo("kyivdaily.example");
    }

    @Test
    void readsTheLanguageFromTheHtmlElement() {
        assertThat(readPage(Pages.page(Stories.ALL.get(0)).lang("en-GB").html()).lang()).isEqualTo("en");
        assertThat(readPage(Pages.page(Stories.ALL.get(0)).lang(null).html()).lang()).isNull();
    }

    @Test
    void fallsBackToTheNextExtractorWhenTheFirstFindsNothing() {
        ContentExtractor nothing = (page, url) -> "";
        HtmlArticleReader fallback = new HtmlArticleReader(HtmlArticleReader.DEFAULT_MAX_BYTES,
                List.of(nothing, new DensityExtractor()));
        CollectingSink sink = new CollectingSink();
        fallback.readHtml(Pages.page(Stories.ALL.get(1)).html(), null, "p.html", sink);
        Article article = sink.only();
        assertThat(article.text()).startsWith(Stories.ALL.get(1).get(0));
        assertThat(article.text()).doesNotContain("Most read", "Subscribe");
    }

    @Test
    void skipsAPageWithoutMainText() {
        CollectingSink sink = new CollectingSink();
        reader.readHtml("<html><head><title>Loading</title><script>var x = 1;</script></head><body></body></html>",
                null, "blank.html", sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("no-content");
        assertThat(sink.onlySkip().detail()).contains("Loading");
    }

    @Test
    void readsAPageNestedTenThousandLevelsDeep() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>").append(Stories.ALL.get(2).get(0)).append("</p>");
        html.append("</div>".repeat(10_000)).append("</body></html>");
        Path page = dir.resolve("deep.html");
        Files.writeString(page, html);
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.articles.get(0).text()).contains("European Union adopted");
    }

    @Test
    void skipsAPageThatIsMostlyInvalidUtf8() throws IOException {
        byte[] bytes = new byte[5000];
        Arrays.fill(bytes, (byte) 0xC3); // a lead byte never followed by a continuation byte
        byte[] prefix = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        Path page = dir.resolve("broken.html");
        Files.write(page, bytes);
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        SkippedInput skip = sink.onlySkip();
        assertThat(skip.reason()).isEqualTo("encoding");
        assertThat(skip.detail()).contains("UTF-8");
    }

    @Test
    void keepsAPageWithAFewBrokenBytes() throws IOException {
        String html = Pages.page(Stories.ALL.get(3)).html();
        byte[] good = html.getBytes(StandardCharsets.UTF_8);
        int at = html.indexOf("telephone");
        good[at] = (byte) 0xFF;
        Path page = dir.resolve("one-bad-byte.html");
        Files.write(page, good);
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        assertThat(sink.only().text()).contains("\uFFFDelephone");
    }

    @Test
    void readsAPageInItsDeclaredLegacyCharset() throws IOException {
        String html = "<html lang=\"uk\"><head><meta charset=\"windows-1251\"><title>Переговори</title></head><body>"
                + "<p>Делегації України та Росії зустрілися в Стамбулі в п'ятницю вперше з весни 2022 року.</p></body></html>";
        Path page = dir.resolve("cp1251.html");
        Files.write(page, html.getBytes("windows-1251"));
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        assertThat(sink.only().text()).contains("Делегації України");
        assertThat(sink.only().lang()).isEqualTo("uk");
    }

    @Test
    void refusesA200MegabyteSingleLinePageBeforeReadingIt() throws IOException {
        Path page = dir.resolve("huge.html");
        byte[] chunk = ("<p>" + "x".repeat(1021)).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(page)) {
            for (int i = 0; i < 200 * 1024; i++) {
                out.write(chunk);
            }
        }
        long before = usedHeap();
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("too-large");
        assertThat(sink.onlySkip().detail()).contains("209715200 bytes");
        assertThat(usedHeap() - before).isLessThan(50L * 1024 * 1024);
    }

    @Test
    void skipsEmptyAndBinaryPages() throws IOException {
        Path empty = dir.resolve("empty.html");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("binary.html");
        Files.write(binary, new byte[] {'<', 'h', 0, 0, 1, 2, 3});
        CollectingSink sink = new CollectingSink();
        reader.read(empty, sink);
        reader.read(binary, sink);
        assertThat(sink.reasons()).containsExactly("empty", "binary");
    }

    @Test
    void skipsAMissingFileAsNotFound() {
        CollectingSink sink = new CollectingSink();
        reader.read(dir.resolve("gone.html"), sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("not-found");
    }

    @Test
    void skipsAFileWithoutReadPermission() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path page = dir.resolve("secret.html");
        Files.writeString(page, Pages.page(Stories.ALL.get(0)).html());
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
        CollectingSink sink = new CollectingSink();
        reader.read(page, sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("unreadable");
    }

    @Test
    void readsOnlyHtmlFileNames() {
        assertThat(reader.canRead(Path.of("a.HTML"))).isTrue();
        assertThat(reader.canRead(Path.of("a.htm"))).isTrue();
        assertThat(reader.canRead(Path.of("a.txt"))).isFalse();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
