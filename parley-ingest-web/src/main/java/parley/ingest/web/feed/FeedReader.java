package parley.ingest.web.feed;

import parley.core.ingest.InputFiles;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.PlainTextAnalyzer;
import parley.core.ingest.ReadSink;
import parley.core.ingest.TextAnalysis;
import parley.ingest.web.WebArticleIds;
import parley.ingest.web.html.DateValues;
import parley.ingest.web.html.TextBlocks;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds ({@code .rss}, {@code .atom}, and {@code .xml} files whose
 * root element is {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>}): each item becomes an
 * article with origin {@code path#item-N} (N counted from 1).
 *
 * <pre>{@code
 * new FeedReader().read(Path.of("feeds/world.rss"), sink);
 * // one Article per <item>: url = item link, title, published = pubDate (else updated),
 * // text = the item's full content (content:encoded, atom:content) as paragraphs, else its summary
 * }</pre>
 *
 * <p><b>Summary-only items.</b> Many feeds carry only a teaser; the article itself is on the site
 * and is not fetched here. Such an item is still read (its summary is what the user has), and its
 * {@link Article#source()} says so: {@code "<feed title> (feed summary)"}; see {@link
 * #isFeedSummary(Article)}. Items with full content get the feed title as source.
 *
 * <p>Dates: ROME parses them into instants, so the date is the UTC calendar date. Language: the
 * feed's {@code <language>}. Skips: {@code not-a-feed} (HTML error page or another XML document),
 * {@code bad-feed} (broken XML, a DOCTYPE, which is refused against entity attacks), {@code
 * too-large}, {@code empty}, {@code unreadable}, {@code not-found}; an item without text is
 * skipped as {@code empty} with its {@code #item-N} origin while the other items are read.
 */
public final class FeedReader implements ArticleReader {
    /** Feeds above this size are skipped unread. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** What {@link Article#source()} ends with when the item had only a summary. */
    public static final String SUMMARY_MARK = " (feed summary)";

    private static final int SNIFF = 8192;
    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>([^<]{0,200})", Pattern.CASE_INSENSITIVE);

    private final long maxBytes;
    private final PlainTextAnalyzer analyzer = new PlainTextAnalyzer();

    /** A reader with the {@link #DEFAULT_MAX_BYTES} limit. */
    public FeedReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that skips feeds larger than {@code maxBytes}. */
    public FeedReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** True when {@code article} came from a feed item that had only a summary, not the full text. */
    public static boolean isFeedSummary(Article article) {
        return article.source() != null && article.source().endsWith(SUMMARY_MARK);
    }

    /**
     * {@code .rss} and {@code .atom} by name; {@code .xml} only when its root element is a feed's
     * (so other XML files stay "unsupported-format" instead of failing here).
     */
    @Override
    public boolean canRead(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return true;
        }
        if (!lower.endsWith(".xml")) {
            return false;
        }
        try {
            return isFeedRoot(root(sniff(path)));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path path, ReadSink sink) {
        String origin = path.toString();
        String head;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                sink.skipped(new SkippedInput(origin, "too-large",
                        "the feed has " + size + " bytes, more than the limit of " + maxBytes));
                return;
            }
            if (size == 0) {
                sink.skipped(new SkippedInput(origin, "empty", "the file is empty"));
                return;
            }
            head = sniff(path);
        } catch (IOException e) {
            sink.skipped(InputFiles.unreadable(origin, e));
            return;
        }
        String root = root(head);
        if (!isFeedRoot(root)) {
            sink.skipped(new SkippedInput(origin, "not-a-feed", notAFeed(head, root)));
            return;
        }
        SyndFeed feed;
        try (InputStream in = Files.newInputStream(path); XmlReader xml = new XmlReader(in)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(xml);
        } catch (FeedException | IllegalArgumentException e) {
            sink.skipped(new SkippedInput(origin, "bad-feed", "the feed could not be parsed: " + firstLine(e.getMessage())));
            return;
        } catch (IOException e) {
            sink.skipped(new SkippedInput(origin, "bad-feed", "the feed could not be read: " + firstLine(String.valueOf(e))));
            return;
        }
        String feedTitle = blankToNull(feed.getTitle());
        String lang = language(feed.getLanguage());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.skipped(new SkippedInput(origin, "empty", "the feed has no items"));
            return;
        }
        int number = 0;
        for (SyndEntry entry : entries) {
            number++;
            item(entry, origin + "#item-" + number, feedTitle, lang, sink);
        }
    }

    private void item(SyndEntry entry, String origin, String feedTitle, String lang, ReadSink sink) {
        List<String> full = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            String text = text(content);
            if (!text.isBlank()) {
                full.add(text);
            }
        }
        boolean summaryOnly = full.isEmpty();
        String text = summaryOnly ? text(entry.getDescription()) : String.join("\n", full);
        if (text.isBlank()) {
            sink.skipped(new SkippedInput(origin, "empty", "the feed item has neither content nor a summary"));
            return;
        }
        String url = blankToNull(entry.getLink());
        if (url == null) {
            url = blankToNull(entry.getUri());
        }
        TextAnalysis analysis = analyzer.analyze(text);
        LocalDate published = date(entry.getPublishedDate());
        if (published == null) {
            published = date(entry.getUpdatedDate());
        }
        if (published == null) {
            published = DateValues.fromUrl(url);
        }
        if (published == null) {
            published = analysis.published();
        }
        String title = blankToNull(entry.getTitle());
        String source = summaryOnly ? (feedTitle == null ? "feed" : feedTitle) + SUMMARY_MARK : feedTitle;
        sink.article(new Article(WebArticleIds.hash(url, text), url, source, published,
                title != null ? Jsoup.parse(title).text() : analysis.title(), text, lang, origin, analysis.furniture()));
    }

    /** Item content is usually HTML (escaped or CDATA); plain text is parsed the same way harmlessly. */
    private static String text(SyndContent content) {
        if (content == null || content.getValue() == null) {
            return "";
        }
        return TextBlocks.text(Jsoup.parseBodyFragment(content.getValue()).body());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String sniff(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SNIFF);
            return new String(head, StandardCharsets.ISO_8859_1);
        }
    }

    /** The first element name after the XML declaration, comments and DOCTYPE, or null. */
    static String root(String head) {
        String rest = head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", " ");
        Matcher doctype = Pattern.compile("(?is)<!DOCTYPE\\s+([\\w:.-]+)").matcher(rest);
        Matcher element = FIRST_ELEMENT.matcher(rest);
        if (element.find()) {
            return element.group(1);
        }
        return doctype.find() ? doctype.group(1) : null;
    }

    private static boolean isFeedRoot(String root) {
        if (root == null) {
            return false;
        }
        String lower = root.toLowerCase(Locale.ROOT);
        return lower.equals("rss") || lower.equals("feed") || lower.endsWith(":feed") || lower.equals("rdf:rdf");
    }

    private static String notAFeed(String head, String root) {
        if (root == null) {
            return "the file has no XML element near its start, so it is not an RSS or Atom feed";
        }
        String lower = root.toLowerCase(Locale.ROOT);
        if (lower.equals("html") || lower.equals("head") || lower.equals("body")
                || head.toLowerCase(Locale.ROOT).contains("<!doctype html")) {
            Matcher title = HTML_TITLE.matcher(head);
            String named = title.find() ? " (title \"" + title.group(1).strip() + "\")" : "";
            return "the file is an HTML page" + named
                    + ", not an RSS or Atom feed; the feed was probably not fetched correctly";
        }
        return "the root element is <" + root + ">, not <rss>, <feed> or <rdf:RDF>, so it is not an RSS or Atom feed";
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
