package parley.learn;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import parley.core.coding.LinearEventFilter;

/**
 * Fits the event filter: L2-regularised logistic regression (LIBLINEAR's L2R_LR solver, through
 * Tribuo) over the binary features of labelled acts, with a fixed seed, so that the same data
 * gives the same model. The weights are read out of Tribuo's model into a
 * {@link LinearEventFilter}, which is what Parley ships and applies.
 */
public final class FilterTrainer {
    /** The label of acts the gold codes. */
    static final String EVENT = "event";
    static final String NOT_EVENT = "not-event";
    private static final long SEED = 20251207L;

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
     * @throws IllegalArgumentException when the examples hold only one label
     */
    public LinearEventFilter train(List<LabelledCandidate> examples, double threshold) {
        LibLinearClassificationModel model = (LibLinearClassificationModel) fit(examples);
        Map<String, Double> weights = new HashMap<>();
        // For two labels LIBLINEAR keeps one weight vector; Tribuo reports it for each label, with
        // opposite signs. The weights towards "event" are the model's log-odds of an event; its
        // intercept is kept apart in the inner LIBLINEAR model.
        for (Pair<String, Double> weight : model.getTopFeatures(-1).get(EVENT)) {
            if (weight.getB() != 0 && !weight.getA().equals(Model.BIAS_FEATURE)) {
                weights.put(weight.getA(), weight.getB());
            }
        }
        de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
        int eventId = model.getOutputIDInfo().getID(new Label(EVENT));
        int position = java.util.Arrays.stream(inner.getLabels()).boxed().toList().indexOf(eventId);
        return new LinearEventFilter(weights, inner.getDecfunBias(position), threshold);
    }

    /** The Tribuo model itself (for checking that the filter read out of it predicts as it does). */
    Model<Label> fit(List<LabelledCandidate> examples) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("parley gold candidates", labels),
                labels);
        for (LabelledCandidate candidate : examples) {
            String[] names = candidate.features().stream().distinct().toArray(String[]::new);
            double[] values = new double[names.length];
            java.util.Arrays.fill(values, 1.0);
            data.add(new ArrayExample<>(new Label(candidate.event() ? EVENT : NOT_EVENT), names, values));
        }
        if (data.getOutputs().size() < 2) {
            throw new IllegalArgumentException("training needs both events and non-events; got " + data.getOutputs());
        }
        var trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, 0.001, SEED);
        return trainer.train(data);
    }
}
