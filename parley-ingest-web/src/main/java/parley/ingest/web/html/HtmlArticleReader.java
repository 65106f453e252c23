package parley.ingest.web.html;

import parley.core.ingest.InputFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.PlainTextAnalyzer;
import parley.core.ingest.ReadSink;
import parley.core.ingest.TextAnalysis;
import parley.ingest.web.WebArticleIds;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Reads one article from an HTML page ({@code .html}, {@code .htm}), or from the bytes of a page
 * found elsewhere (a WARC record).
 *
 * <pre>{@code
 * new HtmlArticleReader().read(Path.of("pages/talks.html"), sink);
 * // sink gets Article(id "talks", url = canonical URL, source = og:site_name or host,
 * //                   published = meta/JSON-LD/<time>/URL date, title, text = main text, lang = <html lang>)
 * }</pre>
 *
 * <p>The article text is the page's main text (see {@link ContentExtractor}), one paragraph a line;
 * offsets point into it. The title is kept in {@link Article#title()}; when the main text repeats
 * it, or still holds captions or related headlines, {@link PlainTextAnalyzer} marks those lines as
 * furniture. The publication date comes from the markup ({@link PageMetadata}), else from a date
 * line in the main text or on the page, else from the caller's fallback (a WARC record's date).
 *
 * <p>Skips, with a reason: {@code too-large} (checked before reading), {@code empty},
 * {@code binary}, {@code encoding} (mostly not in the page's charset), {@code no-content} (no main
 * text found), {@code unreadable}, {@code not-found}. A file's bytes are read at once, its page
 * parsed and its text extracted as a {@linkplain ReadSink#deferred deferred} job. Stateless and
 * thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {
    /** Pages above this size are skipped unread: no news page needs more than 10 MB of HTML. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final List<ContentExtractor> extractors;
    private final PlainTextAnalyzer analyzer = new PlainTextAnalyzer();

    /** Readability first, the text-density fallback second, with the {@link #DEFAULT_MAX_BYTES} limit. */
    public HtmlArticleReader() {
        this(DEFAULT_MAX_BYTES, List.of(new ReadabilityExtractor(), new DensityExtractor()));
    }

    /**
     * A reader that skips pages over {@code maxBytes} and tries {@code extractors} in order until
     * one finds main text.
     */
    public HtmlArticleReader(long maxBytes, List<ContentExtractor> extractors) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        if (extractors == null || extractors.isEmpty()) {
            throw new IllegalArgumentException("at least one content extractor is required, got " + extractors);
        }
        this.maxBytes = maxBytes;
        this.extractors = List.copyOf(extractors);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public boolean canRead(Path path) {
        return InputFiles.hasExtension(path, ".html", ".htm");
    }

    @Override
    public void read(Path path, ReadSink sink) {
        String origin = path.toString();
        byte[] bytes = InputFiles.readAll(path, "page", maxBytes, sink);
        if (bytes == null) {
            return;
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot).strip() : "";
        // The file is read here; its main text is extracted where the sink runs deferred jobs.
        sink.deferred(origin, page -> read(bytes, null, null, stem.isEmpty() ? null : stem, origin, null, page));
    }

    /**
     * Reads a page given as bytes, as found in a WARC record. The id is a hash of the canonical
     * URL and the text.
     *
     * @param bytes        the page, at most {@link #maxBytes()} long
     * @param charset      the charset named by the transport (HTTP Content-Type), or null
     * @param url          the address the page was fetched from, or null
     * @param origin       where it was read, for messages ({@code file.warc.gz#record-12})
     * @param fallbackDate the date to use when the page shows none (the crawl date), or null
     * @param sink         receives the article or the skip
     */
    public void readHtml(byte[] bytes, String charset, String url, String origin, LocalDate fallbackDate,
                         ReadSink sink) {
        read(bytes, charset, url, null, origin, fallbackDate, sink);
    }

    /** Reads a page given as text; see {@link #readHtml(byte[], String, String, String, LocalDate, ReadSink)}. */
    public void readHtml(String html, String url, String origin, ReadSink sink) {
        if (html == null || origin == null || sink == null) {
            throw new IllegalArgumentException("html, origin and sink are required, got " + (html == null ? null : "html")
                    + ", " + origin + ", " + sink);
        }
        if (html.length() > maxBytes) {
            sink.skipped(new SkippedInput(origin, "too-large",
                    "the page has " + html.length() + " characters, more than the limit of " + maxBytes));
            return;
        }
        if (html.isBlank()) {
            sink.skipped(new SkippedInput(origin, "empty", "the page holds only white space"));
            return;
        }
        parse(html, url, null, origin, null, sink);
    }

    private void read(byte[] bytes, String charset, String url, String id, String origin, LocalDate fallbackDate,
                      ReadSink sink) {
        if (bytes.length > maxBytes) {
            sink.skipped(new SkippedInput(origin, "too-large",
                    "the page has " + bytes.length + " bytes, more than the limit of " + maxBytes));
            return;
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, charset);
        if (decoded.skipped()) {
            sink.skipped(new SkippedInput(origin, decoded.reason(), decoded.detail()));
            return;
        }
        parse(decoded.text(), url, id, origin, fallbackDate, sink);
    }

    /** Main text is more than the headline: a line that is not the title. */
    private static boolean hasBody(String text, String title) {
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.strip().equals(title)) {
                return true;
            }
        }
        return false;
    }

    private void parse(String html, String url, String id, String origin, LocalDate fallbackDate, ReadSink sink) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.of(page, url);
        String pageUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
        String text = "";
        for (ContentExtractor extractor : extractors) {
            text = extractor.extract(page, pageUrl);
            if (hasBody(text, meta.title())) {
                break;
            }
        }
        if (!hasBody(text, meta.title())) {
            sink.skipped(new SkippedInput(origin, "no-content",
                    "no main text was found in the page" + (meta.title() == null ? "" : " \"" + meta.title() + "\"")));
            return;
        }
        TextAnalysis analysis = analyzer.analyze(text);
        LocalDate published = meta.published();
        if (published == null) {
            published = analysis.published();
        }
        if (published == null) {
            published = PageMetadata.visibleDate(page);
        }
        if (published == null && page.body() != null) {
            // A date line in the page's header block, outside the main text.
            published = analyzer.analyze(TextBlocks.text(page.body())).published();
        }
        if (published == null) {
            published = fallbackDate;
        }
        String title = meta.title() != null ? meta.title() : analysis.title();
        sink.article(new Article(id != null ? id : WebArticleIds.hash(pageUrl, text), pageUrl, meta.source(),
                published, title, text, meta.lang(), origin, analysis.furniture()));
    }
}
