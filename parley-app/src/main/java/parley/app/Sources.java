package parley.app;

import java.net.URI;
import parley.model.Article;

/** A short label for each stored article: its outlet, its site, or its id. */
final class Sources {
    private Sources() {
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
