package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.core.eval.EvalReport;

/**
 * Pins the accuracy on the two evaluation sets kept in the repository ({@code eval/checkset},
 * {@code eval/holdout}: articles written for the project, with hand-coded gold), so that a rule
 * that helps the dev set but hurts text nobody tuned for fails. Floors are the measured values
 * minus a small tolerance.
 */
@Tag("corenlp")
class EvalSetsAccuracyTest {
    private static final double TOLERANCE = 0.02;

    // Measured 2026-12-08 with ./parley eval --gold eval/<set>/gold eval/<set>/<set>.jsonl
    @ParameterizedTest(name = "{0}: events F1 >= {1}, issue F1 >= {2}, quote recall >= {3}")
    @CsvSource({
        "checkset,  0.766, 0.579, 0.963",
        "holdout,   0.660, 0.618, 0.952",
        "sentences, 0.960, 0.000, 0.000"})
    void evaluationSetScoresStayAboveTheirFloors(String set, double eventsF1, double issueF1, double quoteRecall) {
        Path dir = repository().resolve("eval").resolve(set);
        EvalReport report = CodedSet.score(dir.resolve(set + ".jsonl"), dir.resolve("gold"));
        System.out.println(set + "\n" + report.toText(false));
        assertThat(report.events().f1()).as("events F1").isGreaterThanOrEqualTo(eventsF1 - TOLERANCE);
        assertThat(report.pairs().issueF1()).as("issue F1").isGreaterThanOrEqualTo(issueF1 - TOLERANCE);
        assertThat(report.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(quoteRecall - TOLERANCE);
    }

    /** The repository root: the first folder upwards that holds {@code eval/}. */
    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("eval"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root with eval/").isNotNull();
        return dir;
    }
}
