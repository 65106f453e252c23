package parley.core.ingest;

import java.time.LocalDate;
import java.util.List;
import parley.model.Span;

/**
 * What {@link PlainTextAnalyzer} found in an article's text.
 *
 * @param title     the headline, or null when the text has none
 * @param published the publication date from the page header, or null when none was found
 * @param furniture spans of the text that are not body, in text order, never overlapping
 */
public record TextAnalysis(String title, LocalDate published, List<Span> furniture) {
    public TextAnalysis {
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }
}
