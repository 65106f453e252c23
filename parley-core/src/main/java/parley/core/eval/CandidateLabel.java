package parley.core.eval;

import parley.model.Event;

/**
 * What the gold says of an act the rules found, by the pairing rules of FORMAT.md (type, a shared
 * actor code, a shared recipient code when the gold names one): what the learned filter is taught.
 */
public enum CandidateLabel {
    /** It pairs with a gold event that must be coded. */
    EVENT,
    /** It pairs only with optional gold events: coding it earns and costs nothing. */
    OPTIONAL,
    /** It pairs with no gold event: a false positive. */
    NOT_EVENT;

    /** The label of {@code candidate} against the gold of its article. */
    public static CandidateLabel of(Event candidate, GoldDocument gold) {
        CandidateLabel label = NOT_EVENT;
        for (GoldEvent event : gold.events()) {
            if (EventMatcher.score(candidate, event) >= 0) {
                if (!event.optional()) {
                    return EVENT;
                }
                label = OPTIONAL;
            }
        }
        return label;
    }
}
