package parley.core.actors;

import parley.model.ActorRef;

/**
 * A mention resolved against the dictionary on a date: what CODEBOOK section 5 asks of an actor.
 *
 * @param text   the words as given ("the Kremlin", "Putin")
 * @param name   canonical name ("Kremlin", "Vladimir Putin")
 * @param code   the code acts are attributed to on that date (RUS, EU, HEZBOLLAH)
 * @param sector the sector on that date (GOV, MIL, ...), or null when unknown
 */
public record ResolvedActor(String text, String name, String code, String sector) {
    public ResolvedActor {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("resolved actor needs a code (text '" + text + "', name '" + name + "')");
        }
    }

    /** The same facts as the model's actor reference. */
    public ActorRef toActorRef() {
        return new ActorRef(text, name, code, sector);
    }
}
