package parley.core.positions;

/**
 * The stance of an actor on an issue as of one event.
 *
 * @param date     the event date (ISO, any precision), or null when undated
 * @param eventId  the event that shows it
 * @param evidence its evidence sentence
 */
public record Position(String actor, String issue, Stance stance, String date, String eventId, String doc,
                       String evidence) {
    /** The actor and issue it is about. */
    public StanceKey key() {
        return new StanceKey(actor, issue);
    }
}
