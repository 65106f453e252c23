package parley.core.store;

import java.time.LocalDate;

/**
 * A stored article as a list shows it: without its text, with how much was coded from it.
 *
 * @param events how many events were coded from it
 * @param quotes how many quotes
 */
public record ArticleSummary(String id, String url, String source, LocalDate published, String title, String lang,
                             int events, int quotes) {
    public ArticleSummary {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must be non-blank, got '" + id + "'");
        }
        if (events < 0 || quotes < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + events + " events, " + quotes + " quotes");
        }
    }
}
