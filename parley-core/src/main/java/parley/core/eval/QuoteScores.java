package parley.core.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Quote scores (FORMAT.md, Scoring, "Quotes"), over the scored documents only. Matching is one to
 * one, so {@code matched} is both the matched gold and the matched system quotes.
 *
 * @param goldQuotes         gold quotes
 * @param systemQuotes       system quotes
 * @param matched            matched pairs
 * @param attributionCorrect matched pairs with the same speaker code and surname
 */
public record QuoteScores(int goldQuotes, int systemQuotes, int matched, int attributionCorrect) {
    public QuoteScores {
        if (matched > goldQuotes || matched > systemQuotes || attributionCorrect > matched || attributionCorrect < 0) {
            throw new IllegalArgumentException("inconsistent quote counts: gold=" + goldQuotes + " system="
                    + systemQuotes + " matched=" + matched + " attributionCorrect=" + attributionCorrect);
        }
    }

    /** Matched gold over gold. */
    @JsonProperty("recall")
    public double recall() {
        return Counts.ratio(matched, goldQuotes);
    }

    /** Matched system over system. */
    @JsonProperty("precision")
    public double precision() {
        return Counts.ratio(matched, systemQuotes);
    }

    /** Correctly attributed over matched pairs. */
    @JsonProperty("attribution_accuracy")
    public double attributionAccuracy() {
        return Counts.ratio(attributionCorrect, matched);
    }
}
