package parley.ingest.web.html;

import org.jsoup.nodes.Document;

/**
 * Finds the main text of a page: the article's own paragraphs without navigation, sidebars,
 * comments and footers. Implementations must not change {@code page} (work on a clone if the
 * algorithm edits the tree) and must not throw for any parsed page.
 */
public interface ContentExtractor {
    /**
     * The main text as paragraphs separated by single newlines, or an empty string when this
     * extractor finds none (the next extractor is then tried).
     *
     * @param page the parsed page
     * @param url  the page's address, or null
     */
    String extract(Document page, String url);
}
