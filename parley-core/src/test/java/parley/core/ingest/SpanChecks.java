package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import parley.model.Span;

/** Invariants every furniture list must keep, whatever the text. */
final class SpanChecks {
    private SpanChecks() {
    }

    static void assertWellFormed(String text, List<Span> spans) {
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).as("span %s starts inside the text", span).isBetween(0, text.length());
            assertThat(span.end()).as("span %s ends inside the text", span).isBetween(span.start(), text.length());
            assertThat(span.start()).as("span %s does not overlap the previous one", span).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.reason()).isNotBlank();
            previousEnd = span.end();
        }
    }
}
