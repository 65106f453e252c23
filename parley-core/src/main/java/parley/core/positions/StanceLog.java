package parley.core.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import parley.core.store.Filter;

/**
 * The stances a workspace keeps, one per actor code and issue of each event that shows one
 * ({@link PositionTracker#positions}), written with the event. The store answers these questions
 * with indexed queries; {@link PositionTracker#latest(StanceLog, Filter, LocalDate, StanceKey, int)}
 * builds the "latest stance" pages from them.
 *
 * <p>A stance passes a {@link Filter} when its actor is among the filter's actors, its issue among
 * the issues, and its event passes the type and date restrictions.
 */
public interface StanceLog {
    /**
     * The keys that have stances, ordered by actor then issue, starting after {@code after}
     * (exclusive; null for the first), restricted to the filter's actors and issues.
     */
    List<StanceKey> stanceKeys(Filter filter, StanceKey after, int limit);

    /**
     * For each key, the latest stance ({@link PositionTracker#LATEST_FIRST}) among those passing
     * {@code filter} whose event began by {@code asOf}; keys without one are left out. With
     * {@code asOf} null every stance counts, undated ones too (as the oldest).
     */
    Map<StanceKey, Position> latestStances(List<StanceKey> keys, Filter filter, LocalDate asOf);

    /** Every stance on {@code key} passing {@code filter}, in the order their events were stored. */
    List<Position> stances(StanceKey key, Filter filter);
}
