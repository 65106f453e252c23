package parley.core.positions;

import java.util.List;

/**
 * How one actor's stance on one issue moved over time.
 *
 * @param actor   the actor code
 * @param issue   the issue id
 * @param points  dated points, ordered by the first day of their date (then the more precise
 *                date first, then id)
 * @param undated points without a usable date: kept so nothing vanishes, but they take no part in
 *                the order or in the changes, because where they fall in time is unknown
 * @param changes every point of {@code points} whose stance differs from the stance before it
 */
public record PositionSeries(String actor, String issue, List<StancePoint> points, List<StancePoint> undated,
                             List<StanceChange> changes) {
    public PositionSeries {
        if (actor == null || actor.isBlank() || issue == null || issue.isBlank()) {
            throw new IllegalArgumentException("a position series needs an actor and an issue, got '" + actor
                    + "', '" + issue + "'");
        }
        points = List.copyOf(points);
        undated = undated == null ? List.of() : List.copyOf(undated);
        changes = List.copyOf(changes);
    }

    /** The stance of the latest dated point, or null when there is none. */
    public Stance current() {
        return points.isEmpty() ? null : points.get(points.size() - 1).stance();
    }
}
