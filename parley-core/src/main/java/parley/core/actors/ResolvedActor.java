package parley.core.actors;

import parley.model.ActorRef;

/**
 * A mention resolved on a date: what CODEBOOK section 5 asks of an actor, and the state it belongs
 * to. A name gives all of it; a description may give only part ("soldiers" is MIL of no known
 * state).
 *
 * @param text    the words as given ("the Kremlin", "Putin", "Iranian protesters")
 * @param name    canonical name ("Kremlin", "Vladimir Putin"; the office holder for "the German
 *                foreign minister"), or null for a description of no one in particular
 * @param code    the code acts are attributed to on that date (RUS, EU, HEZBOLLAH, VEN_OPP), or
 *                null when the description names no state or body ("soldiers")
 * @param sector  the sector on that date ({@link Sector}), or null when unknown
 * @param country the state (ISO 3166-1 alpha-3) the actor belongs to: the state itself, the state
 *                a body, person or description acts for, the home of an armed group; null for
 *                intergovernmental bodies and when unknown
 */
public record ResolvedActor(String text, String name, String code, String sector, String country) {
    public ResolvedActor {
        if ((code == null || code.isBlank()) && sector == null) {
            throw new IllegalArgumentException("resolved actor needs a code or a sector (text '" + text
                    + "', name '" + name + "')");
        }
        if (code != null && code.isBlank()) {
            throw new IllegalArgumentException("resolved actor code must not be blank (text '" + text + "')");
        }
        if (sector != null && !Sector.isSector(sector)) {
            throw new IllegalArgumentException("unknown sector '" + sector + "' for '" + text + "'");
        }
    }

    /** Whether the actor is coded to a state or body (events need one). */
    public boolean hasCode() {
        return code != null;
    }

    /**
     * The same facts as the model's actor reference.
     *
     * @throws IllegalStateException when the actor has no code ({@link #hasCode()})
     */
    public ActorRef toActorRef() {
        if (code == null) {
            throw new IllegalStateException("'" + text + "' resolves to no state or body, only to sector " + sector);
        }
        return new ActorRef(text, name, code, sector);
    }
}
