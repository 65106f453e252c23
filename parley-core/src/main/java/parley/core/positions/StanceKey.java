package parley.core.positions;

/**
 * What a stance is about: an actor code and an issue. Keys are ordered by actor, then issue.
 *
 * @param actor the actor code
 * @param issue the issue id
 */
public record StanceKey(String actor, String issue) implements Comparable<StanceKey> {
    public StanceKey {
        if (actor == null || actor.isBlank() || issue == null || issue.isBlank()) {
            throw new IllegalArgumentException("a stance key needs an actor and an issue, got '" + actor + "', '"
                    + issue + "'");
        }
    }

    @Override
    public int compareTo(StanceKey other) {
        int byActor = actor.compareTo(other.actor);
        return byActor != 0 ? byActor : issue.compareTo(other.issue);
    }
}
