package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import parley.model.Event;

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
    private final IssueContext context;

    ArticleCandidates(String doc, List<Event> events, List<List<String>> features, IssueContext context) {
        this.doc = doc;
        this.events = List.copyOf(events);
        this.features = List.copyOf(features);
        this.context = context;
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
        List<Event> kept = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (filter == null || !event.asserted()) {
                kept.add(event);
            } else if (filter.probability(features.get(i)) >= filter.threshold()) {
                kept.add(event.withProvenance(event.provenance().withModelVersion(filter.version())));
            }
        }
        return context.fill(Dedup.merge(doc, kept));
    }
}
