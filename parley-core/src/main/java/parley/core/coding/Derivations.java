package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.model.ActorRef;
import parley.model.EventType;

/**
 * The derivation stage: further acts the words of a coded act also tell, as named rules. Each
 * derived act records the rule in its provenance after those of the act it comes from.
 * <ul>
 *   <li>{@code a-reported-hostile-act-accuses}: a use or show of force, a seizure, a sanction or a
 *       threat that one side reports the other side committed is that side's accusation ("Kyiv
 *       reported continuous attacks by Moscow", "Borrell said Russia had massed 100,000
 *       troops").</li>
 * </ul>
 */
final class Derivations {
    private static final Set<EventType> HOSTILE = Set.of(EventType.ASSAULT, EventType.MOBILIZE, EventType.COERCE,
            EventType.SANCTION, EventType.THREATEN);

    private final Participants participants;

    Derivations(Participants participants) {
        this.participants = participants;
    }

    /** The acts {@code c} also tells, none when it tells no other. */
    List<Candidate> derive(Candidate c) {
        List<Candidate> derived = new ArrayList<>();
        if (HOSTILE.contains(c.type) && c.aux == null || HOSTILE.contains(c.type) && c.aux == parley.model.Aux.HISTORICAL) {
            List<ActorRef> speakers = participants.reporter(c);
            Set<String> doers = c.actorCodes();
            if (!speakers.isEmpty() && speakers.stream().noneMatch(speaker -> doers.contains(speaker.code()))) {
                derived.add(c.derive(EventType.ACCUSE, speakers, c.actor, "a-reported-hostile-act-accuses"));
            }
        }
        return derived;
    }
}
