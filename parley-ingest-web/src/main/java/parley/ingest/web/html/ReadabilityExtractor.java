package parley.ingest.web.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Main text by Readability4J, the Java port of Firefox's reader view: scores the page's blocks
 * by text length, commas and class names, and keeps the best subtree. Readability edits the tree
 * it is given, so it gets a clone.
 *
 * <p>Readability's work grows with the square of the tree's depth (10,000 nested elements take
 * minutes), so pages deeper than {@value #MAX_DEPTH} levels, which no real article page is, are
 * left to the next extractor.
 */
public final class ReadabilityExtractor implements ContentExtractor {
    /** Pages nested deeper than this are not given to Readability. */
    public static final int MAX_DEPTH = 256;

    @Override
    public String extract(Document page, String url) {
        if (deeperThan(page, MAX_DEPTH)) {
            return "";
        }
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

    private static boolean deeperThan(Document page, int limit) {
        boolean[] deep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > limit) {
                    deep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return deep[0];
    }
}
