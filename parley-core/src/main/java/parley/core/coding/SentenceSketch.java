package parley.core.coding;

import java.util.List;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Provenance;

/**
 * One sentence as the proposer sees it: its features, and the event it would be if it told an act
 * the patterns did not find: the sentence's main actor (its subject, else whoever says it, else the
 * first actor it names), the other side it names, its date and issues.
 *
 * @param features   the sentence's words and what the patterns found in it ({@link SentenceFeatures})
 * @param actor      who would act, or empty when the sentence names no actor
 * @param recipients toward whom, for acts aimed at someone
 * @param everyone   every actor the sentence names, for meetings and joint acts
 */
public record SentenceSketch(Evidence evidence, List<String> features, List<ActorRef> actor, List<ActorRef> recipients,
                             List<ActorRef> everyone, String date, String dateText, List<String> issues,
                             String dictionaryVersion, String codebookVersion) {
    public SentenceSketch {
        features = List.copyOf(features);
        actor = List.copyOf(actor);
        recipients = List.copyOf(recipients);
        everyone = List.copyOf(everyone);
        issues = List.copyOf(issues);
    }

    /** Types whose acts have every participant as actor and no recipient. */
    private static final java.util.Set<EventType> JOINT = java.util.Set.of(EventType.CONSULT, EventType.COOPERATE);

    /** The act of {@code type} this sentence would tell, as the proposer of {@code version} proposes it. */
    Event propose(String doc, EventType type, String version) {
        boolean joint = JOINT.contains(type) && everyone.size() >= 2;
        return new Event(null, doc, type, null, issues, joint ? everyone : actor, joint ? List.of() : recipients, date,
                dateText, null, null, evidence, null, 0.4,
                new Provenance("proposed:" + type, null, List.of("proposed:" + type), dictionaryVersion,
                        codebookVersion, version));
    }
}
