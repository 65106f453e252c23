package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.Event;
import parley.model.EventType;

/**
 * Issues an act takes from its context when its own clause names none: "European allies endorsed
 * the plan" is about what the plan just told was about; failing that, what its sentence names
 * (CODEBOOK.md section 4 codes what the event is about, wherever the article says it). Run after
 * {@link Dedup}, so that issues borrowed from context never make two acts look alike or different.
 */
final class IssueContext {
    /** Uses of force are about what their own clause names (the energy grid struck), not the talks around them. */
    private static final Set<EventType> FORCE = Set.of(EventType.ASSAULT, EventType.MOBILIZE, EventType.COERCE);

    private IssueContext() {
    }

    /**
     * @param events         an article's events, in text order, after merging
     * @param pointedBack    for acts whose object points back ("this proposal"), the issues of the
     *                       act pointed to, by {@link #key(Event)}
     * @param sentenceIssues the issues named anywhere in each evidence sentence, by its start offset
     */
    static List<Event> fill(List<Event> events, Map<String, List<String>> pointedBack,
                            Map<Integer, List<String>> sentenceIssues) {
        List<Event> filled = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!event.issues().isEmpty() || FORCE.contains(event.type())) {
                filled.add(event);
                continue;
            }
            List<String> borrowed = pointedBack.getOrDefault(key(event), List.of());
            if (borrowed.isEmpty()) {
                borrowed = sentenceIssues.getOrDefault(event.evidence().start(), List.of());
            }
            filled.add(borrowed.isEmpty() ? event : event.withIssues(borrowed));
        }
        return filled;
    }

    /** What identifies an act through merging: its sentence, trigger rule and type. */
    static String key(Event event) {
        return event.evidence().start() + "|" + event.type() + "|"
                + (event.provenance() == null ? "" : event.provenance().rule());
    }
}
