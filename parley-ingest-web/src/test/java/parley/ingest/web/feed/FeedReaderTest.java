package parley.ingest.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.ingest.web.CollectingSink;
import parley.ingest.web.Stories;
import parley.model.Article;

class FeedReaderTest {
    @TempDir
    Path dir;

    private final FeedReader reader = new FeedReader();

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
                + "<title>Daily Ledger: World</title><link>https://www.dailyledger.example/world</link>\n"
                + "<description>World news</description><language>en-us</language>\n" + items + "</channel>\n</rss>\n";
    }

    private static String paragraphs(int story) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : Stories.ALL.get(story)) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.toString();
    }

    private CollectingSink read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }

    @Test
    void readsEachRssItemWithFullContentAsAnArticle() throws IOException {
        String items = "<item><title>Delegations meet in Istanbul</title>"
                + "<link>https://www.dailyledger.example/world/2025/05/16/istanbul</link>"
                + "<pubDate>Fri, 16 May 2025 15:00:00 GMT</pubDate><description>Short teaser.</description>"
                + "<content:encoded><![CDATA[" + paragraphs(0) + "]]></content:encoded></item>\n"
                + "<item><title>Largest exchange completed</title>"
                + "<link>https://www.dailyledger.example/world/2025/05/25/exchange</link>"
                + "<pubDate>Sun, 25 May 2025 18:00:00 GMT</pubDate>"
                + "<content:encoded><![CDATA[" + paragraphs(1) + "]]></content:encoded></item>\n";
        CollectingSink sink = read("world.rss", rss(items));

        assertThat(sink.skipped).isEmpty();
        assertThat(sink.articles).hasSize(2);
        Article first = sink.articles.get(0);
        assertThat(first.title()).isEqualTo("Delegations meet in Istanbul");
        assertThat(first.url()).isEqualTo("https://www.dailyledger.example/world/2025/05/16/istanbul");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(first.source()).isEqualTo("Daily Ledger: World");
        assertThat(first.lang()).isEqualTo("en");
        assertThat(first.origin()).endsWith("world.rss#item-1");
        assertThat(first.text().split("\n")).containsExactlyElementsOf(Stories.ALL.get(0));
        assertThat(FeedReader.isFeedSummary(first)).isFalse();
        assertThat(sink.articles.get(1).origin()).endsWith("#item-2");
    }

    @Test
    void marksItemsThatOnlyHaveASummaryInTheirSource() throws IOException {
        String items = "<item><title>EU adopts sanctions</title><link>https://www.dailyledger.example/eu</link>"
                + "<pubDate>Tue, 20 May 2025 10:00:00 GMT</pubDate>"
                + "<description>&lt;p&gt;" + Stories.ALL.get(2).get(0) + "&lt;/p&gt;</description></item>\n";
        Article article = read("summary.rss", rss(items)).only();
        assertThat(article.source()).isEqualTo("Daily Ledger: World (feed summary)");
        assertThat(FeedReader.isFeedSummary(article)).isTrue();
        assertThat(article.text()).isEqualTo(Stories.ALL.get(2).get(0));
    }

    @Test
    void readsAtomEntries() throws IOException {
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Kyiv Desk</title><id>urn:kyiv-desk</id><updated>2025-06-02T12:00:00Z</updated>"
                + "<entry><title>Second round ends quickly</title><id>urn:e1</id>"
                + "<link href=\"https://kyivdesk.example/2025/06/02/second-round\"/>"
                + "<published>2025-06-02T11:00:00Z</published><updated>2025-06-02T12:00:00Z</updated>"
                + "<content type=\"html\">" + paragraphs(4).replace("<", "&lt;").replace(">", "&gt;") + "</content>"
                + "</entry></feed>";
        Article article = read("desk.atom", atom).only();
        assertThat(article.title()).isEqualTo("Second round ends quickly");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(article.source()).isEqualTo("Kyiv Desk");
        assertThat(article.text()).startsWith(Stories.ALL.get(4).get(0));
    }

    @Test
    void skipsAnItemWithoutTextAndReadsTheOthers() throws IOException {
        String items = "<item><title>Photo gallery</title><link>https://x.example/g</link></item>\n"
                + "<item><title>Drones strike airfields</title><link>https://x.example/d</link>"
                + "<description>" + Stories.ALL.get(5).get(0) + "</description></item>\n";
        CollectingSink sink = read("mixed.rss", rss(items));
        assertThat(sink.articles).hasSize(1);
        assertThat(sink.skipped).hasSize(1);
        assertThat(sink.skipped.get(0).origin()).endsWith("mixed.rss#item-1");
        assertThat(sink.skipped.get(0).reason()).isEqualTo("empty");
    }

    @Test
    void skipsAnHtmlErrorPageSavedAsAFeed() throws IOException {
        String page = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>"
                + "<body><h1>Service Unavailable</h1><p>Try again later.</p></body></html>";
        CollectingSink sink = read("world.rss", page);
        assertThat(sink.onlySkip().reason()).isEqualTo("not-a-feed");
        assertThat(sink.onlySkip().detail()).contains("HTML page", "503 Service Unavailable");
    }

    @Test
    void skipsBrokenXmlAndDoctypesAsBadFeeds() throws IOException {
        CollectingSink broken = read("broken.rss", rss("<item><title>Unclosed</title>"));
        assertThat(broken.onlySkip().reason()).isEqualTo("bad-feed");
        String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item></channel></rss>";
        CollectingSink doctype = read("entity.rss", entity);
        assertThat(doctype.onlySkip().reason()).isEqualTo("bad-feed");
    }

    @Test
    void skipsEmptyFilesAndFeedsWithoutItems() throws IOException {
        assertThat(read("empty.rss", "").onlySkip().reason()).isEqualTo("empty");
        assertThat(read("none.rss", rss("")).onlySkip().reason()).isEqualTo("empty");
    }

    @Test
    void readsXmlFilesOnlyWhenTheirRootIsAFeed() throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, rss(""));
        Path other = dir.resolve("sitemap.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><!-- map --><urlset><url><loc>https://x.example/</loc></url></urlset>");
        assertThat(reader.canRead(feed)).isTrue();
        assertThat(reader.canRead(other)).isFalse();
        assertThat(reader.canRead(dir.resolve("missing.xml"))).isFalse();
        assertThat(reader.canRead(Path.of("x.rss"))).isTrue();
    }

    @Test
    void refusesFeedsOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("big.rss");
        Files.writeString(file, rss("<item><description>" + "word ".repeat(1000) + "</description></item>"));
        CollectingSink sink = new CollectingSink();
        new FeedReader(1000).read(file, sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("too-large");
    }
}
