package parley.core.coding;

import java.util.List;
import parley.model.EventType;

/**
 * The learned stage that finds acts the patterns missed: from a sentence's features
 * ({@link SentenceFeatures}), the probability that it tells an act of each type. For a type above
 * its threshold that no kept event of the sentence has, the sentence's {@link SentenceSketch}
 * becomes an event. Implementations are immutable and thread-safe.
 */
public interface EventProposer {
    /** Recorded in the provenance of every event it proposes. */
    String version();

    /** The probability that a sentence with these features tells an act of {@code type}. */
    double probability(EventType type, List<String> features);

    /** A type's acts are proposed at or above this probability. */
    double threshold();

    /**
     * Whether a sentence whose features are all of {@code features} and one of each group of
     * {@code oneOfEach} (which one is not known yet) may reach the threshold for some type: false
     * only when it reaches it for none, whichever ones they are. What the NLP cascade asks before
     * it parses a sentence ({@link SentenceFeatures#mayBeProposed}).
     */
    boolean mayPropose(List<String> features, List<List<String>> oneOfEach);
}
