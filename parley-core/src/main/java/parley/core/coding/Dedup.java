package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * One event per act per article (CODEBOOK.md section 1): the same type between the same actors and
 * recipients is the same act told again (a lead that sums up the body, a repeated statement).
 * The first telling is kept, with the date of a later one when the first has none.
 */
final class Dedup {
    private Dedup() {
    }

    static List<Event> merge(String doc, List<Event> events) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event event : events) {
            String key = event.type() + "|" + codes(event.actor()) + "|" + codes(event.recipient()) + "|"
                    + (event.asserted() ? "" : event.aux());
            Event first = kept.get(key);
            if (first == null) {
                kept.put(key, event);
            } else if (first.dateText() == null && event.dateText() != null) {
                kept.put(key, new Event(null, first.doc(), first.type(), first.mode(), first.issues(), first.actor(),
                        first.recipient(), event.date(), event.dateText(), first.aux(), first.location(),
                        first.evidence(), first.quote(), first.confidence(), first.provenance()));
            }
        }
        List<Event> numbered = new ArrayList<>();
        for (Event event : kept.values()) {
            numbered.add(event.withId(doc + "#" + (numbered.size() + 1)));
        }
        return numbered;
    }

    private static String codes(List<ActorRef> refs) {
        TreeSet<String> codes = new TreeSet<>();
        refs.forEach(ref -> codes.add(ref.code()));
        return String.join(",", codes);
    }
}
