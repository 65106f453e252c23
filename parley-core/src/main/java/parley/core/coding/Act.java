package parley.core.coding;

import java.util.List;
import parley.model.EventType;

/**
 * What a trigger means (triggers.yaml): the act's type and how it changes with who acts and when.
 *
 * @param type              the type when the act is reported as done or stated; null for "no event"
 * @param mode              its PLOVER mode, or null
 * @param thirdParty        the type when the actor is not a party to the dispute (a mediator's
 *                          proposal is a REQUEST, a party's offer is AGREE), or null for "same"
 * @param future            the type when the act is still to come, or null for "same"
 * @param futureMode        the mode in that case
 * @param needsIssue        only an event when the clause names an issue ("announced a truce")
 * @param needsObjectClause only an event with a clause or object ("expects Russia to present")
 * @param issues            issues the word itself implies ("swap": prisoners)
 */
record Act(EventType type, String mode, EventType thirdParty, EventType future, String futureMode,
           boolean needsIssue, boolean needsObjectClause, List<String> issues) {
    /** No event: the pattern claims the token so that no later pattern codes it. */
    static final Act NONE = new Act(null, null, null, null, null, false, false, List.of());

    Act {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    boolean isNone() {
        return type == null;
    }
}
