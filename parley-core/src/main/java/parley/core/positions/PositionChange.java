package parley.core.positions;

/**
 * A change of stance of one actor on one issue: {@link StanceChanges}' answer.
 *
 * @param key    the actor and issue
 * @param change the last point of the earlier stance and the first of the new one
 */
public record PositionChange(StanceKey key, StanceChange change) {
    public PositionChange {
        if (key == null || change == null) {
            throw new IllegalArgumentException("a position change needs a key and a change, got " + key + ", " + change);
        }
    }
}
