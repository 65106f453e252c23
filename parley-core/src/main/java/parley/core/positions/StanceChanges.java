package parley.core.positions;

import java.util.ArrayList;
import java.util.List;
import parley.core.store.Filter;
import parley.core.store.Page;

/**
 * What changed: the changes of stance in a workspace, actor by actor and issue by issue, each
 * series as {@link StanceHistory} builds it from every stance the {@link StanceLog} keeps for
 * that actor and issue.
 *
 * <p>The filter's actors and issues choose the series; {@code since} and {@code until} keep the
 * changes whose new stance is dated within them (the earlier stance may be older: a change in May
 * is a change from what was said before May). Types are not used: a series of one type has no
 * change.
 *
 * <pre>{@code
 * Page<PositionChange> first = StanceChanges.page(store, Filter.none().withActors(Set.of("RUS"))
 *         .withIssues(Set.of("ceasefire")), null, 50);
 * // RUS on ceasefire: for (2025-03-18, event a#2) -> against (2025-05-21, event b#1)
 * }</pre>
 */
public final class StanceChanges {
    private static final int KEY_BATCH = 32;

    private StanceChanges() {
    }

    /** The changes of one actor on one issue that the filter's dates keep, in order. */
    public static List<PositionChange> of(StanceLog log, StanceKey key, Filter filter) {
        PositionSeries series = StanceHistory.ofStances(key, log.stances(key, Filter.none()));
        List<PositionChange> kept = new ArrayList<>();
        for (StanceChange change : series.changes()) {
            if (filter.covers(change.to().date())) {
                kept.add(new PositionChange(key, change));
            }
        }
        return kept;
    }

    /**
     * One page of changes, ordered by actor, issue, then time.
     *
     * @param after the {@link Page#next()} of the previous page, or null for the first
     * @param limit at most this many, at least 1
     * @throws IllegalArgumentException when {@code after} is not a key of this list
     */
    public static Page<PositionChange> page(StanceLog log, Filter filter, String after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<PositionChange> found = new ArrayList<>();
        StanceKey from = null;
        if (after != null) {
            Resume resume = Resume.of(after);
            from = resume.key();
            List<PositionChange> rest = of(log, from, filter);
            String next = add(found, rest, resume.served(), limit);
            if (next != null) {
                return new Page<>(found, next);
            }
        }
        while (true) {
            List<StanceKey> keys = log.stanceKeys(filter, from, KEY_BATCH);
            for (StanceKey key : keys) {
                String next = add(found, of(log, key, filter), 0, limit);
                if (next != null) {
                    return new Page<>(found, next);
                }
            }
            if (keys.size() < KEY_BATCH) {
                return new Page<>(found, null);
            }
            from = keys.get(keys.size() - 1);
        }
    }

    /**
     * Adds the changes of one key from {@code skip} on until the page is full; returns the next
     * key when the page is full and more may follow, else null.
     */
    private static String add(List<PositionChange> page, List<PositionChange> changes, int skip, int limit) {
        for (int i = skip; i < changes.size(); i++) {
            if (page.size() == limit) {
                return Resume.key(changes.get(i).key(), i);
            }
            page.add(changes.get(i));
        }
        if (page.size() == limit && !changes.isEmpty()) {
            StanceKey last = changes.get(changes.size() - 1).key();
            return Resume.key(last, changes.size());
        }
        return null;
    }

    /** Where a page starts: a key, and how many of its changes were served before. */
    private record Resume(StanceKey key, int served) {
        static String key(StanceKey key, int served) {
            return key.actor() + "\u0000" + key.issue() + "\u0000" + served;
        }

        static Resume of(String text) {
            String[] parts = text.split("\u0000", -1);
            try {
                if (parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                    int served = Integer.parseInt(parts[2]);
                    if (served >= 0) {
                        return new Resume(new StanceKey(parts[0], parts[1]), served);
                    }
                }
            } catch (NumberFormatException malformed) {
                // reported below
            }
            throw new IllegalArgumentException("not a key of a page of changes: '" + text + "'");
        }
    }
}
