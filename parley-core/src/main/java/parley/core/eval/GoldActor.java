package parley.core.eval;

/**
 * An actor or recipient of a gold event. Unlike {@link parley.model.ActorRef} every field may be
 * null, so a gold file with an uncoded actor can still be read; such an actor takes no part in
 * matching.
 *
 * @param text   the words in the article, or null
 * @param name   canonical name, or null
 * @param code   the code used for matching, or null
 * @param sector sector, or null
 */
public record GoldActor(String text, String name, String code, String sector) {
    /** Whether this actor has a code that can take part in matching. */
    public boolean coded() {
        return code != null && !code.isBlank();
    }
}
