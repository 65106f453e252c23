package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parley.model.Event;

/**
 * Issues an act takes from its context when its own clause names none: "European allies endorsed
 * the plan" is about what the plan is about, which its sentence or the act told before it names
 * (CODEBOOK.md section 4 codes what the event is about, wherever the article says it). Run after
 * {@link Dedup}, so that issues borrowed from context never make two acts look alike or different.
 */
final class IssueContext {
    private IssueContext() {
    }

    /**
     * @param events         an article's events, in text order, after merging
     * @param sentenceIssues the issues named anywhere in each evidence sentence, by its start offset
     */
    static List<Event> fill(List<Event> events, Map<Integer, List<String>> sentenceIssues) {
        List<Event> filled = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!event.issues().isEmpty()) {
                filled.add(event);
                continue;
            }
            List<String> inSentence = sentenceIssues.getOrDefault(event.evidence().start(), List.of());
            filled.add(inSentence.isEmpty() ? event : withIssues(event, inSentence));
        }
        return filled;
    }

    private static Event withIssues(Event e, List<String> issues) {
        return new Event(e.id(), e.doc(), e.type(), e.mode(), issues, e.actor(), e.recipient(), e.date(),
                e.dateText(), e.aux(), e.location(), e.evidence(), e.quote(), e.confidence(), e.provenance());
    }
}
