package parley.learn;

import java.util.List;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import parley.core.coding.LinearEventFilter;

/**
 * Fits the event filter: logistic regression ({@link LogisticRegression}) over the features of the
 * acts the rules found on gold articles, events against non-events, written out as a
 * {@link LinearEventFilter}.
 */
public final class FilterTrainer {
    private final double cost;

    /** @param cost LIBLINEAR's C: the inverse of the regularisation strength (1 is a usual start) */
    public FilterTrainer(double cost) {
        if (!(cost > 0)) {
            throw new IllegalArgumentException("cost must be positive, got " + cost);
        }
        this.cost = cost;
    }

    /**
     * Fits a filter on the examples.
     *
     * @param threshold the probability the filter will need to keep an act
     * @throws IllegalArgumentException when the examples hold only events or only non-events
     */
    public LinearEventFilter train(List<LabelledCandidate> examples, double threshold) {
        LogisticRegression.Fitted fitted = LogisticRegression.fit(examples(examples), cost);
        return new LinearEventFilter(fitted.weights(), fitted.bias(), threshold);
    }

    /** The Tribuo model itself (for checking that the filter read out of it predicts as it does). */
    Model<Label> fit(List<LabelledCandidate> examples) {
        return LogisticRegression.model(examples(examples), cost);
    }

    private static List<LogisticRegression.Example> examples(List<LabelledCandidate> candidates) {
        return candidates.stream().map(c -> new LogisticRegression.Example(c.features(), c.event())).toList();
    }
}
