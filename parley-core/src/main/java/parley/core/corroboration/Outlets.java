package parley.core.corroboration;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parley.model.Article;

/**
 * What is known about the articles behind the events: publication dates, and which outlet an
 * article counts as. A syndicated copy counts as its canonical article, so a wire story reprinted
 * by ten sites is one outlet, not ten.
 */
final class Outlets {
    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, String> syndication;

    /**
     * @param articles    the articles the events come from (events of unknown articles still work:
     *                    they have no publication date and count as an outlet named by their doc id)
     * @param syndication article id to the id of the article it copies; chains are followed
     */
    Outlets(Collection<Article> articles, Map<String, String> syndication) {
        for (Article article : articles) {
            this.articles.put(article.id(), article);
        }
        this.syndication = syndication == null ? Map.of() : Map.copyOf(syndication);
    }

    /** The article a copy was syndicated from, following chains; a cycle stops where it closes. */
    String canonical(String articleId) {
        String current = articleId;
        Set<String> seen = new HashSet<>();
        while (seen.add(current)) {
            String next = syndication.get(current);
            if (next == null || next.isBlank()) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** The publication date of an article, or null when the article or its date is unknown. */
    LocalDate published(String articleId) {
        Article article = articles.get(articleId);
        return article == null ? null : article.published();
    }

    /**
     * The outlet an article counts as: that of its canonical article, named by the article's
     * source, else its URL host (without {@code www.}), else the canonical article id.
     */
    String outlet(String articleId) {
        String canonical = canonical(articleId);
        Article article = articles.get(canonical);
        if (article == null) {
            return canonical;
        }
        if (article.source() != null && !article.source().isBlank()) {
            return article.source().trim().toLowerCase(Locale.ROOT);
        }
        String host = host(article.url());
        return host == null ? canonical : host;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }
}
