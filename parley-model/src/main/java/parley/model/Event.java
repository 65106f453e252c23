package parley.model;

import java.util.List;

/**
 * One coded act (CODEBOOK.md section 1; FORMAT.md "Events out").
 *
 * @param date ISO 8601 at the precision the text supports: {@code 2025-05-21}, {@code 2025-05},
 *             {@code 2025}, {@code 2025-W21}, or null
 */
public record Event(String id, String doc, EventType type, String mode, List<String> issues,
                    List<ActorRef> actor, List<ActorRef> recipient, String date, String dateText,
                    Aux aux, Location location, Evidence evidence, String quote, double confidence,
                    Provenance provenance) {
    public Event {
        if (type == null) {
            throw new IllegalArgumentException("event type is required (doc " + doc + ")");
        }
        if (actor == null || actor.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one actor (doc " + doc + ", " + type + ")");
        }
        if (evidence == null) {
            throw new IllegalArgumentException("evidence is required (doc " + doc + ", " + type + ")");
        }
        issues = Issues.normalise(issues);
        actor = List.copyOf(actor);
        recipient = recipient == null ? List.of() : List.copyOf(recipient);
    }

    public Event withId(String newId) {
        return new Event(newId, doc, type, mode, issues, actor, recipient, date, dateText, aux, location,
                evidence, quote, confidence, provenance);
    }

    /** This event about {@code newIssues} instead (normalised like the constructor's). */
    public Event withIssues(List<String> newIssues) {
        return new Event(id, doc, type, mode, newIssues, actor, recipient, date, dateText, aux, location,
                evidence, quote, confidence, provenance);
    }

    /** This event with another provenance. */
    public Event withProvenance(Provenance newProvenance) {
        return new Event(id, doc, type, mode, issues, actor, recipient, date, dateText, aux, location,
                evidence, quote, confidence, newProvenance);
    }

    /** Whether scoring counts this event (hypothetical and negated ones are dropped). */
    public boolean asserted() {
        return aux == null || aux.asserted();
    }
}
