package parley.app;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import parley.model.Article;
import parley.store.H2EventStore;

/** A short label for each stored article: its outlet, its site, or its id. */
final class Sources {
    private Sources() {
    }

    static Map<String, String> of(H2EventStore store) {
        Map<String, String> labels = new HashMap<>();
        for (Article article : store.articles()) {
            labels.put(article.id(), label(article));
        }
        return labels;
    }

    static String label(Article article) {
        if (article.source() != null && !article.source().isBlank()) {
            return article.source();
        }
        if (article.url() != null) {
            try {
                String host = URI.create(article.url()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException malformed) {
                // fall through to the id
            }
        }
        return article.id();
    }
}
