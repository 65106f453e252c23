package parley.ingest.web;

import java.util.List;
import parley.core.ingest.ArticleReader;
import parley.ingest.web.feed.FeedReader;
import parley.ingest.web.html.HtmlArticleReader;
import parley.ingest.web.warc.WarcReader;

/**
 * The readers of this module, for the application to add to {@link
 * parley.core.ingest.Inputs#defaultReaders()}:
 *
 * <pre>{@code
 * List<ArticleReader> readers = new ArrayList<>(Inputs.defaultReaders());
 * readers.addAll(WebReaders.all());
 * Inputs.read(paths, readers, sink);
 * }</pre>
 *
 * <p>Language filtering and duplicate detection are not readers: wrap the sink in a {@link
 * parley.ingest.web.lang.LanguageFilter} and consult a {@link parley.ingest.web.dedup.DuplicateIndex}
 * where articles are stored.
 */
public final class WebReaders {
    private WebReaders() {
    }

    /** New readers for HTML pages, RSS/Atom feeds and WARC files, with their default limits. */
    public static List<ArticleReader> all() {
        HtmlArticleReader html = new HtmlArticleReader();
        return List.of(html, new FeedReader(), new WarcReader(html));
    }
}
