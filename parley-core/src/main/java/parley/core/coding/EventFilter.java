package parley.core.coding;

import java.util.List;

/**
 * The learned stage after the rules: judges each act the rules found, from its features
 * ({@link CandidateFeatures}), and keeps those likely to be events. Implementations are immutable
 * and thread-safe; the one Parley ships is trained on the train gold ({@code parley train}).
 */
public interface EventFilter {
    /** Recorded in the provenance of every event the filter judged. */
    String version();

    /** The probability that an act with these features is an event the codebook would code. */
    double probability(List<String> features);

    /** Acts at or above this probability are kept. */
    double threshold();
}
