package parley.core.positions;

/**
 * A change of stance ("backtracking"): the last point of the earlier stance and the first point
 * of the new one.
 *
 * @param from        the latest point that still showed the earlier stance
 * @param to          the point that shows the new stance
 * @param explanation one line, e.g.
 *                    {@code RUS on ceasefire: for (2025-03-18, event X) -> against (2025-05-21, event Y)}
 */
public record StanceChange(StancePoint from, StancePoint to, String explanation) {
    public StanceChange {
        if (from == null || to == null || from.stance() == to.stance()) {
            throw new IllegalArgumentException("a stance change needs two points of different stances, got "
                    + from + " and " + to);
        }
    }
}
