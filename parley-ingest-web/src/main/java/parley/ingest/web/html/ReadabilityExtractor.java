package parley.ingest.web.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text by Readability4J, the Java port of Firefox's reader view: scores the page's blocks
 * by text length, commas and class names, and keeps the best subtree. Readability edits the tree
 * it is given, so it gets a clone.
 */
public final class ReadabilityExtractor implements ContentExtractor {
    @Override
    public String extract(Document page, String url) {
        Article article;
        try {
            article = new Readability4J(url == null ? "" : url, page.clone()).parse();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability recurses over the tree; a hostile page must fall back, not fail the read.
            return "";
        }
        Element content = article.getArticleContent();
        return content == null ? "" : TextBlocks.text(content);
    }
}
