package parley.core.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import parley.core.corroboration.Incident;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * A conflict: two actor codes, kept by the timeline, its export and the event list when a user
 * picks a pair of actors. An event or an incident is part of it when both codes are among its
 * actors and recipients, in either role ("Russia and Ukraine", whoever acted). The empty set is no
 * restriction. This is the one definition; the store's SQL must agree with it.
 *
 * <pre>{@code
 * Set<String> pair = Conflict.check(Set.of("RUS", "UKR"));
 * Page<Event> shown = store.events(Filter.none(), pair, null, 50);   // every event shown passes Conflict.involves
 * }</pre>
 */
public final class Conflict {
    private Conflict() {
    }

    /**
     * The codes as a conflict: empty (none) or two codes.
     *
     * @throws IllegalArgumentException for one code, three or more, or a blank one
     */
    public static Set<String> check(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<String> pair = Set.copyOf(codes);
        if (pair.size() != 2 || pair.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a conflict names two different actor codes, e.g. RUS,UKR; got " + codes);
        }
        return pair;
    }

    /** Whether both codes of {@code conflict} are among the event's actors and recipients (empty: always). */
    public static boolean involves(Set<String> conflict, Event event) {
        if (conflict.isEmpty()) {
            return true;
        }
        Set<String> codes = new HashSet<>();
        event.actor().stream().map(ActorRef::code).forEach(codes::add);
        event.recipient().stream().map(ActorRef::code).forEach(codes::add);
        return codes.containsAll(conflict);
    }

    /** Whether both codes of {@code conflict} are among the incident's actors and recipients (empty: always). */
    public static boolean involves(Set<String> conflict, Incident incident) {
        if (conflict.isEmpty()) {
            return true;
        }
        Set<String> codes = new HashSet<>(incident.actorCodes());
        codes.addAll(incident.recipientCodes());
        return codes.containsAll(conflict);
    }
}
