package parley.core.eval;

import java.util.List;
import parley.model.Aux;
import parley.model.EventType;
import parley.model.Issues;

/**
 * One event of a gold file (FORMAT.md "Gold"): an event as the system writes it, without id,
 * offsets or confidence, with the evidence sentence as a plain string and an {@code optional}
 * flag. Optional events earn nothing and cost nothing.
 *
 * @param type      the PLOVER type, required
 * @param mode      the PLOVER mode, or null
 * @param issues    issues in codebook order (validated against the closed list)
 * @param actor     actors, possibly empty
 * @param recipient recipients, possibly empty
 * @param date      ISO date at the gold's precision, or null
 * @param aux       qualifier, or null
 * @param evidence  the evidence sentence, or null
 * @param optional  whether outputting this event is neither rewarded nor penalised
 */
public record GoldEvent(EventType type, String mode, List<String> issues, List<GoldActor> actor,
                        List<GoldActor> recipient, String date, Aux aux, String evidence, boolean optional) {
    public GoldEvent {
        if (type == null) {
            throw new IllegalArgumentException("gold event type is required (evidence '" + evidence + "')");
        }
        if (date != null && !DateMatch.isValid(date)) {
            throw new IllegalArgumentException("gold date '" + date + "' is not yyyy, yyyy-MM, yyyy-MM-dd or yyyy-Www");
        }
        issues = Issues.normalise(issues);
        actor = actor == null ? List.of() : List.copyOf(actor);
        recipient = recipient == null ? List.of() : List.copyOf(recipient);
    }
}
