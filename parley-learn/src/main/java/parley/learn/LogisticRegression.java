package parley.learn;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Arrays;
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

/**
 * Binary L2-regularised logistic regression over binary features: LIBLINEAR's L2R_LR solver through
 * Tribuo, with a fixed seed, so that the same data gives the same weights. The weights are read out
 * of Tribuo's model, to be applied as one sum ({@code LinearEventFilter}, {@code LinearEventProposer}).
 * Features seen in fewer than {@link #MIN_COUNT} examples are not learned from (a word seen once says
 * nothing about other texts), and weights smaller than {@link #MIN_WEIGHT} are not kept, so that the
 * model files stay small and readable.
 */
final class LogisticRegression {
    static final String YES = "yes";
    static final String NO = "no";
    private static final long SEED = 20251207L;
    static final int MIN_COUNT = 3;
    static final double MIN_WEIGHT = 0.01;

    /** One example: its features and its label. */
    record Example(List<String> features, boolean positive) {
    }

    /** The fitted weights towards the positive label, and its intercept. */
    record Fitted(Map<String, Double> weights, double bias) {
    }

    private LogisticRegression() {
    }

    /** @throws IllegalArgumentException when the examples hold only one label */
    static Fitted fit(List<Example> examples, double cost) {
        LibLinearClassificationModel model = (LibLinearClassificationModel) model(examples, cost);
        Map<String, Double> weights = new HashMap<>();
        // For two labels LIBLINEAR keeps one weight vector; Tribuo reports it for each label, with
        // opposite signs. Its intercept is kept apart, in the inner LIBLINEAR model.
        for (Pair<String, Double> weight : model.getTopFeatures(-1).get(YES)) {
            if (Math.abs(weight.getB()) >= MIN_WEIGHT && !weight.getA().equals(Model.BIAS_FEATURE)) {
                weights.put(weight.getA(), weight.getB());
            }
        }
        de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
        int yes = model.getOutputIDInfo().getID(new Label(YES));
        int position = Arrays.stream(inner.getLabels()).boxed().toList().indexOf(yes);
        return new Fitted(weights, inner.getDecfunBias(position));
    }

    /** The Tribuo model itself (to check that the weights read out of it predict as it does). */
    static Model<Label> model(List<Example> examples, double cost) {
        if (!(cost > 0)) {
            throw new IllegalArgumentException("cost must be positive, got " + cost);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Example example : examples) {
            example.features().stream().distinct().forEach(feature -> counts.merge(feature, 1, Integer::sum));
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("parley gold", labels), labels);
        for (Example example : examples) {
            String[] names = example.features().stream().distinct().filter(feature -> counts.get(feature) >= MIN_COUNT)
                    .toArray(String[]::new);
            if (names.length == 0) {
                continue; // nothing to learn from (Tribuo refuses an example without features)
            }
            double[] values = new double[names.length];
            Arrays.fill(values, 1.0);
            data.add(new ArrayExample<>(new Label(example.positive() ? YES : NO), names, values));
        }
        if (data.getOutputs().size() < 2) {
            throw new IllegalArgumentException("training needs both positive and negative examples; got "
                    + data.getOutputs());
        }
        var trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), cost, 1000, 0.001, SEED);
        return trainer.train(data);
    }
}
