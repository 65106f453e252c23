package parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.core.coding.LinearEventFilter;
import parley.core.coding.LinearEventProposer;
import parley.core.eval.EvalReport;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldReader;
import parley.core.eval.Scorer;
import parley.learn.CrossValidation;
import parley.pipeline.Parley;

/**
 * Pins the accuracy on the training set (../shared/gold/train) as {@code parley eval --folds 5}
 * measures it: every article coded with the learned parts fitted on the other four fifths, so the
 * figure says what the method does on text it did not learn from. Also checks that the shipped
 * models are the ones {@code parley train} fits from today's rules on this set, so that a rule
 * change cannot land without the retrained models. Skipped when ../shared is absent.
 */
@Tag("corenlp")
class TrainSetCrossValidationTest {
    private static final double TOLERANCE = 0.02;
    // Measured 2026-12-08 with ./parley eval --folds 5 --gold ../shared/gold/train ../shared/corpus/train.jsonl
    // (the shipped pipeline: rules and the learned proposer, no filter; see Parley.coder)
    static final double EVENTS_F1 = 0.565;
    static final double DATE_ACCURACY_WHERE_GOLD_DATED = 0.914;
    static final double ISSUE_F1 = 0.597;
    static final double QUOTE_RECALL = 0.859;
    static final double ATTRIBUTION = 0.800;

    @Test
    void crossValidatedTrainScoresStayAboveTheirFloorsAndTheShippedModelsAreCurrent() {
        Optional<Path> shared = SharedData.find();
        assumeTrue(shared.isPresent() && shared.get().resolve("gold/train").toFile().isDirectory(),
                "../shared/gold/train is absent: no training set to score");
        Map<String, GoldDocument> gold = new GoldReader().readDirectory(shared.get().resolve("gold/train"));
        ReadResult read = ReadResult.read(List.of(shared.get().resolve("corpus/train.jsonl")));
        assertThat(read.skipped()).isEmpty();
        CandidateCoding.Result coded = CandidateCoding.code(read, Parley.actors(List.of(), null), Parley.coreNlp(), 2);
        assertThat(coded.skipped()).isEmpty();
        TrainCommand.Settings settings = new TrainCommand.Settings();
        // as Parley ships: the rules and the proposer, no filter (Parley.coder)
        CrossValidation.Learner learner = CrossValidation.learner(settings.cost, Double.NaN,
                settings.proposerCost, settings.proposerThreshold);

        EvalReport report = new Scorer().score(gold, new CrossValidation(learner, 5).run(coded.candidates(), gold),
                coded.quotes());
        System.out.println(report.toText(false));
        assertThat(report.events().f1()).as("events F1, 5-fold").isGreaterThanOrEqualTo(EVENTS_F1 - TOLERANCE);
        assertThat(report.pairs().issueF1()).as("issue F1, 5-fold").isGreaterThanOrEqualTo(ISSUE_F1 - TOLERANCE);
        assertThat(report.pairs().dateAccuracyWhereGoldDated()).as("date accuracy where the gold is dated")
                .isGreaterThanOrEqualTo(DATE_ACCURACY_WHERE_GOLD_DATED - TOLERANCE);
        assertThat(report.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(QUOTE_RECALL - TOLERANCE);
        assertThat(report.quotes().attributionAccuracy()).as("attribution")
                .isGreaterThanOrEqualTo(ATTRIBUTION - TOLERANCE);

        CrossValidation.Fitted full = CrossValidation.learner(settings.cost, settings.threshold,
                settings.proposerCost, settings.proposerThreshold).fit(new ArrayList<>(coded.candidates().values()), gold);
        assertThat(((LinearEventFilter) full.filter()).version())
                .as("the event filter file is stale: run ./parley train (README, Learned parts)")
                .isEqualTo(LinearEventFilter.loadDefault().version());
        assertThat(((LinearEventProposer) full.proposer()).version())
                .as("the shipped event proposer is stale: run ./parley train (README, Learned parts)")
                .isEqualTo(LinearEventProposer.loadDefault().version());
    }
}
