package parley.core.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.Event;
import parley.model.EventType;

/**
 * Issues an act takes from its context when its own clause names none: "European allies endorsed
 * the plan" is about what the plan just told was about; failing that, what its sentence names
 * (CODEBOOK.md section 4 codes what the event is about, wherever the article says it). One
 * instance per article: it notes each act as it is told, and {@link #fill} runs after
 * {@link Dedup}, so that issues borrowed from context never make two acts look alike or different.
 */
final class IssueContext {
    /** Uses of force are about what their own clause names (the energy grid struck), not the talks around them. */
    private static final Set<EventType> FORCE = Set.of(EventType.ASSAULT, EventType.MOBILIZE, EventType.COERCE);

    private final CodingLexicon lexicon;
    /** For acts whose object points back ("this proposal"), the issues of the act pointed to, by {@link #key(Event)}. */
    private final Map<String, List<String>> pointedBack = new HashMap<>();
    /** The issues named anywhere in each evidence sentence, by its start offset. */
    private final Map<Integer, List<String>> sentenceIssues = new HashMap<>();

    IssueContext(CodingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** An act was coded from {@code c}: note what it points back to and what its sentence is about. */
    void told(Candidate c, Event event) {
        SentenceGraph graph = c.graph;
        Event previous = c.previous;
        if (event.issues().isEmpty() && previous != null && !previous.issues().isEmpty()
                && graph.children(c.t(), "obj").stream().anyMatch(object -> Participants.pointsBack(graph, object))) {
            pointedBack.put(key(event), previous.issues()); // "European allies endorsed the plan"
        }
        sentenceIssues.computeIfAbsent(graph.sentence().begin(), begin -> {
            BitSet all = new BitSet();
            all.set(0, graph.size());
            return IssueTagger.tag(lexicon, graph, all);
        });
    }

    /** The article's events, in text order, after merging, with the issues their context gives them. */
    List<Event> fill(List<Event> events) {
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
