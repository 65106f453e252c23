package parley.core.corroboration;

import java.time.LocalDate;
import parley.core.time.DateRange;

/**
 * How to corroborate an archive too large for one {@link Corroborator#incidents} call, in blocks,
 * with exactly the result of one call over everything. Two events the merge rules (listed on
 * {@link Corroborator}) could take for reports of one act always have the same type and
 * overlapping windows:
 * <ul>
 *   <li>both dated: their {@link #dateWindow date windows} overlap;</li>
 *   <li>either undated: the {@link #publicationWindow publication windows} of their articles
 *       overlap (an event whose article has no publication date merges with nothing).</li>
 * </ul>
 *
 * <p>Because the clustering takes every dated event before any undated one, the work splits in
 * two phases, each blocked by type and by connected runs of overlapping windows:
 * <ol>
 *   <li>Dated events, blocked by date windows: {@code Corroborator.incidents} over each block
 *       gives the dated incidents.</li>
 *   <li>Undated events with a publication date, blocked together with the dated incidents they
 *       might join, by publication windows: an undated event's {@link #publicationWindow}, a dated
 *       incident's {@link #joinWindow} (none when it cannot be joined). {@code
 *       Corroborator.incidents} over each block, given the events of its dated incidents and its
 *       undated events, gives that block's final incidents; dated incidents in no block are
 *       final as they are, and an undated event without publication date is an incident of its
 *       own.</li>
 * </ol>
 * This is exact because complete linkage never puts two events of different blocks in one
 * incident, and the clustering of a block's events does not depend on events outside it: each
 * event joins the largest compatible incident, and every incident that could be compatible is in
 * its block.
 */
public final class Blocking {
    /** Undated reports merge only when their articles appeared at most this many days apart. */
    public static final int PUBLICATION_DAYS = MergeRules.UNDATED_PUBLICATION_WINDOW;

    private Blocking() {
    }

    /**
     * The window of an event dated {@code isoDate}: the days its date covers and the tolerance
     * after them. Null when the event counts as undated (no date, or a malformed one).
     */
    public static DateRange dateWindow(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        DateRange range;
        try {
            range = DateRange.of(isoDate);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return new DateRange(range.first(), range.last().plusDays(MergeRules.DAY_TOLERANCE));
    }

    /** The publication window of an undated event whose article appeared on {@code published}; null when unknown. */
    public static DateRange publicationWindow(LocalDate published) {
        return published == null ? null : new DateRange(published, published.plusDays(PUBLICATION_DAYS));
    }

    /**
     * The window that the {@link #publicationWindow} of an undated event must overlap for it to
     * join a dated incident whose articles appeared between {@code earliest} and {@code latest}:
     * null when no undated event can join it (a publication date unknown, or the articles too far
     * apart for any day to be close to all of them).
     */
    public static DateRange joinWindow(LocalDate earliest, LocalDate latest) {
        if (earliest == null || latest == null) {
            return null;
        }
        LocalDate first = latest.minusDays(PUBLICATION_DAYS);
        LocalDate last = earliest.plusDays(PUBLICATION_DAYS);
        return last.isBefore(first) ? null : new DateRange(first, last);
    }
}
