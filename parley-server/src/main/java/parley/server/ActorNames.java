package parley.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parley.model.ActorRef;
import parley.model.Event;

/** The name shown for each actor code: the one the dictionary gave it most often in the events. */
final class ActorNames {
    private ActorNames() {
    }

    static Map<String, String> of(List<Event> events) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Event event : events) {
            count(event.actor(), counts);
            count(event.recipient(), counts);
        }
        Map<String, String> names = new HashMap<>();
        // Ties are broken alphabetically, so the answer does not depend on the order of events.
        counts.forEach((code, byName) -> byName.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(best -> names.put(code, best.getKey())));
        return Map.copyOf(names);
    }

    private static void count(List<ActorRef> refs, Map<String, Map<String, Integer>> counts) {
        for (ActorRef ref : refs) {
            if (ref.name() != null && !ref.name().isBlank()) {
                counts.computeIfAbsent(ref.code(), code -> new HashMap<>()).merge(ref.name(), 1, Integer::sum);
            }
        }
    }
}
