package parley.export;

import java.time.LocalDate;
import java.util.Set;
import parley.core.store.Conflict;
import parley.core.store.Filter;

/**
 * What an export takes from the workspace: the rows of each table that a {@link Filter} keeps
 * (with the rules of {@code Filter}: events by actor role, type, issue and date; incidents likewise;
 * quotes by speaker and date, none when a type or an issue is asked for; positions by actor, issue,
 * type and date of their event), and, for what a page shows:
 *
 * @param filter     the filter
 * @param timeline   incidents as on the timeline: dated ones only, and with {@code conflict} those
 *                   between two actors
 * @param conflict   two actor codes, or empty: the events, and the timeline's incidents, that
 *                   {@link Conflict#involves involve} both (the other tables ignore it)
 * @param latest     positions as the heatmap shows them: each actor's latest stance per issue (as of
 *                   {@code asOf}); otherwise every stance, each a row
 * @param asOf       with {@code latest}: only stances whose event began by that day count; may be null
 */
public record Selection(Filter filter, boolean timeline, Set<String> conflict, boolean latest, LocalDate asOf) {
    public Selection {
        if (filter == null) {
            throw new IllegalArgumentException("a selection needs a filter (Filter.none() for all)");
        }
        conflict = Conflict.check(conflict);
        if (asOf != null && !latest) {
            throw new IllegalArgumentException("asOf " + asOf + " is only for the latest positions");
        }
    }

    /** Everything the filter keeps: every incident, every stance. */
    public static Selection of(Filter filter) {
        return new Selection(filter, false, Set.of(), false, null);
    }
}
