package parley.ingest.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The visible text of an element as paragraphs: every block element (paragraph, heading, list
 * item, table row, line break...) starts a new one, white space inside a paragraph is collapsed,
 * and scripts, styles and forms are left out. The walk is iterative, so a page nested ten
 * thousand levels deep cannot overflow the stack.
 */
public final class TextBlocks {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th",
            "thead", "tfoot", "tr", "ul");
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "select",
            "textarea", "input", "head", "object", "embed");

    private TextBlocks() {
    }

    /** The paragraphs of {@code root}, in document order, none blank. */
    public static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (INVISIBLE.contains(name)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(name)) {
                        flush(current, paragraphs);
                    }
                } else if (node instanceof TextNode text) {
                    appendCollapsed(current, text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    /** The paragraphs of {@code root} joined by newlines: the shape of article text. */
    public static String text(Element root) {
        return String.join("\n", paragraphs(root));
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
