package parley.ingest.web.html;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallback main-text finder: the element whose {@code <p>} children carry the most text that
 * is not link text wins, and its paragraphs are the main text. When a page has no paragraph
 * elements at all, the visible text of the body is used. Navigation, headers, footers, asides
 * and forms are never candidates.
 */
public final class DensityExtractor implements ContentExtractor {
    private static final String FURNITURE = "nav, header, footer, aside, form, script, style, noscript";

    @Override
    public String extract(Document page, String url) {
        Document copy = page.clone();
        copy.select(FURNITURE).remove();
        Element body = copy.body();
        if (body == null) {
            return "";
        }
        // Insertion order makes ties go to the earlier block, the same on every run.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            int length = paragraph.text().length();
            if (length == 0) {
                continue;
            }
            int linked = 0;
            for (Element link : paragraph.select("a")) {
                linked += link.text().length();
            }
            double linkDensity = Math.min(1.0, (double) linked / length);
            scores.merge(parent, length * (1.0 - linkDensity), Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return TextBlocks.text(best != null ? best : body);
    }
}
