package parley.core.store;

/**
 * How active an actor code is in what a filter keeps.
 *
 * @param code              the actor code
 * @param name              the name the dictionary gave it most often, or null
 * @param eventsAsActor     events in which it acts
 * @param eventsAsRecipient events in which it is the recipient
 * @param quotes            quotes it is the speaker of
 * @param incidents         incidents among whose actors it is
 */
public record ActorActivity(String code, String name, long eventsAsActor, long eventsAsRecipient, long quotes,
                            long incidents) {
    public ActorActivity {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("actor code must be non-blank, got '" + code + "'");
        }
        if (eventsAsActor < 0 || eventsAsRecipient < 0 || quotes < 0 || incidents < 0) {
            throw new IllegalArgumentException("counts of " + code + " must be >= 0");
        }
    }

    /** What the list of actors is ordered by (most active first): events and quotes. */
    public long total() {
        return eventsAsActor + eventsAsRecipient + quotes;
    }
}
