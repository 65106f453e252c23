package parley.core.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True positives, false positives and false negatives, with the micro precision, recall and F1
 * they give. A ratio whose denominator is zero is 0 (nothing output means no precision to claim;
 * JSON has no NaN).
 *
 * @param truePositives  paired non-optional gold (or shared memberships)
 * @param falsePositives unpaired system items
 * @param falseNegatives unpaired non-optional gold (misses)
 */
@JsonPropertyOrder({"true_positives", "false_positives", "false_negatives", "precision", "recall", "f1"})
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    /** No counts. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must be non-negative, got tp=" + truePositives
                    + " fp=" + falsePositives + " fn=" + falseNegatives);
        }
    }

    /** Element-wise sum. */
    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** TP / (TP + FP), or 0 when nothing was output. */
    @JsonProperty("precision")
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** TP / (TP + FN), or 0 when there was nothing to find. */
    @JsonProperty("recall")
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** Harmonic mean of precision and recall, i.e. 2 TP / (2 TP + FP + FN), or 0 when both are 0. */
    @JsonProperty("f1")
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
