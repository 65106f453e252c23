package parley.core.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Date and issue agreement on the paired events (FORMAT.md, Scoring, "On the paired events").
 * Only true-positive pairs count, i.e. pairs with a non-optional gold event: a system event paired
 * with optional gold "earns nothing and costs nothing", so its date and issues must not move
 * these figures either.
 *
 * @param pairs              true-positive pairs
 * @param datesCorrect       pairs whose gold date is non-null and the system date equal to it at
 *                           the gold's precision ({@link DateMatch#correct})
 * @param pairsWithGoldDate  pairs whose gold date is non-null
 * @param issueSetsEqual     pairs whose system issue set equals the gold's
 * @param issueMemberships   (pair, issue) memberships: TP in both sets, FP only in the system's,
 *                           FN only in the gold's
 */
public record PairScores(int pairs, int datesCorrect, int pairsWithGoldDate, int issueSetsEqual,
                         Counts issueMemberships) {
    public PairScores {
        if (datesCorrect > pairsWithGoldDate || pairsWithGoldDate > pairs || issueSetsEqual > pairs) {
            throw new IllegalArgumentException("inconsistent pair counts: pairs=" + pairs + " datesCorrect="
                    + datesCorrect + " pairsWithGoldDate=" + pairsWithGoldDate + " issueSetsEqual=" + issueSetsEqual);
        }
        if (issueMemberships == null) {
            throw new IllegalArgumentException("issueMemberships must not be null");
        }
    }

    /** Date accuracy as FORMAT.md defines it: correct dates over all pairs (a null gold date is never correct). */
    @JsonProperty("date_accuracy")
    public double dateAccuracy() {
        return Counts.ratio(datesCorrect, pairs);
    }

    /** Secondary figure: correct dates over the pairs whose gold date is non-null. */
    @JsonProperty("date_accuracy_where_gold_dated")
    public double dateAccuracyWhereGoldDated() {
        return Counts.ratio(datesCorrect, pairsWithGoldDate);
    }

    /** Pairs whose issue sets are equal (both empty counts as equal), over all pairs. */
    @JsonProperty("issue_accuracy")
    public double issueAccuracy() {
        return Counts.ratio(issueSetsEqual, pairs);
    }

    /** Micro F1 of the (pair, issue) memberships. */
    @JsonProperty("issue_f1")
    public double issueF1() {
        return issueMemberships.f1();
    }
}
