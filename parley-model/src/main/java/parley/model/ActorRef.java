package parley.model;

/**
 * An actor or recipient of an event, as the article names it and as it resolves.
 *
 * @param text   the words in the article ("the Kremlin")
 * @param name   canonical name when known ("Government of Russia"), or null
 * @param code   the entity the act is attributed to (ISO alpha-3, IGO or group code)
 * @param sector GOV, MIL, LEG, JUD, REB, IGO, NGO, MED, BUS, CVL, or null
 */
public record ActorRef(String text, String name, String code, String sector) {
    public ActorRef {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("actor code must be non-blank (text '" + text + "')");
        }
    }
}
