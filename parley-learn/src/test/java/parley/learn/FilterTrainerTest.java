package parley.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import parley.core.coding.LinearEventFilter;

class FilterTrainerTest {
    /** Acts whose trigger is "verb:reject" are mostly events, "verb:say" mostly not; noise elsewhere. */
    private static List<LabelledCandidate> examples() {
        Random random = new Random(7);
        List<LabelledCandidate> examples = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean reject = random.nextBoolean();
            boolean event = reject ? random.nextDouble() < 0.85 : random.nextDouble() < 0.2;
            List<String> features = new ArrayList<>(List.of(reject ? "rule=verb:reject" : "rule=verb:say",
                    "noise=" + random.nextInt(5)));
            if (random.nextDouble() < 0.3) {
                features.add("aux=future");
            }
            examples.add(new LabelledCandidate("doc" + (i % 20), features, event));
        }
        return examples;
    }

    @Test
    void theFilterReadOutOfTribuoPredictsAsTribuoDoes() {
        FilterTrainer trainer = new FilterTrainer(1.0);
        List<LabelledCandidate> examples = examples();
        Model<Label> model = trainer.fit(examples);
        LinearEventFilter filter = trainer.train(examples, 0.5);
        for (LabelledCandidate candidate : examples.subList(0, 50)) {
            String[] names = candidate.features().stream().distinct().toArray(String[]::new);
            double[] ones = new double[names.length];
            java.util.Arrays.fill(ones, 1.0);
            Prediction<Label> prediction = model.predict(new ArrayExample<>(new Label(LogisticRegression.YES), names, ones));
            double tribuo = prediction.getOutputScores().get(LogisticRegression.YES).getScore();
            // weights under LogisticRegression.MIN_WEIGHT are dropped from the file: a few of them move a
            // probability by well under 0.02
            assertThat(filter.probability(candidate.features())).isCloseTo(tribuo, within(0.02));
        }
        assertThat(filter.probability(List.of("rule=verb:reject"))).isGreaterThan(0.6);
        assertThat(filter.probability(List.of("rule=verb:say"))).isLessThan(0.4);
    }

    @Test
    void trainingTwiceGivesTheSameModelFile() throws IOException {
        String first = new FilterTrainer(1.0).train(examples(), 0.45).text();
        String second = new FilterTrainer(1.0).train(examples(), 0.45).text();
        assertThat(second).isEqualTo(first);
        LinearEventFilter read = LinearEventFilter.read(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), "model");
        assertThat(read.text()).isEqualTo(first);
        assertThat(read.threshold()).isEqualTo(0.45);
    }

    @Test
    void refusesDataWithOneLabelOnly() {
        List<LabelledCandidate> events = List.of(new LabelledCandidate("d", List.of("type=AGREE"), true));
        assertThatThrownBy(() -> new FilterTrainer(1.0).train(events, 0.5)).hasMessageContaining("both positive and negative");
        assertThatThrownBy(() -> new FilterTrainer(0)).hasMessageContaining("cost must be positive");
    }

    @Test
    void foldsAreStableAndBalanced() {
        CrossValidation cv = new CrossValidation(CrossValidation.learner(1, 0.5, 1, 0.5), 5);
        var folds = cv.folds(java.util.Set.of("t3", "t1", "t2", "t5", "t4", "t6", "t7", "t8", "t9", "t10"));
        assertThat(folds).containsEntry("t1", 0).containsEntry("t10", 1).containsEntry("t2", 2);
        assertThat(folds.values().stream().filter(f -> f == 0).count()).isEqualTo(2);
        assertThatThrownBy(() -> new CrossValidation(CrossValidation.learner(1, 0.5, 1, 0.5), 1)).hasMessageContaining("at least 2 folds");
    }
}
