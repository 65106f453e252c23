package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import parley.model.Event;
import parley.model.EventType;

/**
 * An article's acts as the rules found them, in text order, each with the features the learned
 * filter judges it by: what {@code parley train} learns from, and what cross-validation filters
 * with a model fitted on the other folds. {@link #finish} filters, merges and fills in the issues
 * from context, as {@link RuleBasedEventCoder#code} does.
 */
public final class ArticleCandidates {
    private final String doc;
    private final List<Event> events;
    private final List<List<String>> features;
    private final List<SentenceSketch> sentences;
    private final IssueContext context;

    ArticleCandidates(String doc, List<Event> events, List<List<String>> features, List<SentenceSketch> sentences,
                      IssueContext context) {
        this.doc = doc;
        this.events = List.copyOf(events);
        this.features = List.copyOf(features);
        this.sentences = List.copyOf(sentences);
        this.context = context;
    }

    /** The article's coded sentences, in text order: what the proposer learns from. */
    public List<SentenceSketch> sentences() {
        return sentences;
    }

    /** The article's id. */
    public String doc() {
        return doc;
    }

    /** The acts before filtering and merging. */
    public List<Event> events() {
        return events;
    }

    /** Each act's features, in the order of {@link #events()}. */
    public List<List<String>> features() {
        return features;
    }

    /**
     * The article's events: the acts the filter keeps (all of them without a filter; acts told as
     * hypothetical or negated are never judged), merged, with issues from context.
     *
     * @param filter the learned filter, or null for none
     */
    public List<Event> finish(EventFilter filter) {
        return finish(filter, null);
    }

    /**
     * The article's events with the filter applied and, when a proposer is given, the acts it finds
     * in sentences where no kept event has the type it sees: in text order, merged, with issues from
     * context.
     *
     * @param filter   the learned filter, or null for none
     * @param proposer the learned proposer, or null for none
     */
    public List<Event> finish(EventFilter filter, EventProposer proposer) {
        List<Event> kept = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (filter == null || !event.asserted()) {
                kept.add(event);
            } else if (filter.probability(features.get(i)) >= filter.threshold()) {
                kept.add(event.withProvenance(event.provenance().withModelVersion(filter.version())));
            }
        }
        if (proposer != null) {
            kept = withProposals(kept, proposer);
        }
        return context.fill(Dedup.merge(doc, kept));
    }

    private List<Event> withProposals(List<Event> kept, EventProposer proposer) {
        List<Event> all = new ArrayList<>();
        int next = 0;
        for (SentenceSketch sentence : sentences) {
            java.util.Set<EventType> told = java.util.EnumSet.noneOf(EventType.class);
            while (next < kept.size() && kept.get(next).evidence().start() <= sentence.evidence().start()) {
                Event event = kept.get(next++);
                all.add(event);
                if (event.evidence().start() == sentence.evidence().start() && event.asserted()) {
                    told.add(event.type());
                }
            }
            if (sentence.actor().isEmpty()) {
                continue;
            }
            for (EventType type : EventType.values()) {
                if (!told.contains(type) && proposer.probability(type, sentence.features()) >= proposer.threshold()) {
                    all.add(sentence.propose(doc, type, proposer.version()));
                }
            }
        }
        all.addAll(kept.subList(next, kept.size()));
        return all;
    }
}
