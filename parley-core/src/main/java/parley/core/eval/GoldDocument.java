package parley.core.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * The gold coding of one article (one {@code <doc>.json} file).
 *
 * @param doc       document id, matching the {@code doc} of system output
 * @param published publication date, or null when unknown
 * @param events    gold events in file order
 * @param quotes    gold quotes in file order
 */
public record GoldDocument(String doc, LocalDate published, List<GoldEvent> events, List<GoldQuote> quotes) {
    public GoldDocument {
        if (doc == null || doc.isBlank()) {
            throw new IllegalArgumentException("gold doc id must be non-blank, got '" + doc + "'");
        }
        events = events == null ? List.of() : List.copyOf(events);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }
}
