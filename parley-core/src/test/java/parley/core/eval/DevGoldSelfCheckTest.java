package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Event;
import parley.model.Quote;

/**
 * Scores the shared dev gold against itself: every rule of the scorer must give a perfect score
 * there, except date accuracy, which by definition counts undated gold as wrong. Skipped when the
 * shared data is not around (it is never copied into the project).
 */
class DevGoldSelfCheckTest {

    @Test
    void scoresTheDevGoldAgainstItselfAsPerfect() {
        Path dev = findSharedDevGold();
        assumeTrue(dev != null, "no shared/gold/dev above the working directory");
        Map<String, GoldDocument> gold = new GoldReader().readDirectory(dev);
        Map<String, List<Event>> events = new HashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        int nonOptional = 0;
        int nonOptionalDated = 0;
        int goldQuotes = 0;
        for (GoldDocument document : gold.values()) {
            events.put(document.doc(), Fixtures.goldAsSystemEvents(document));
            quotes.put(document.doc(), Fixtures.goldAsSystemQuotes(document));
            for (GoldEvent event : document.events()) {
                if (!event.optional()) {
                    nonOptional++;
                    nonOptionalDated += event.date() == null ? 0 : 1;
                }
            }
            goldQuotes += document.quotes().size();
        }

        EvalReport report = new Scorer().score(gold, events, quotes);

        assertThat(gold).isNotEmpty();
        assertThat(report.events()).isEqualTo(new Counts(nonOptional, 0, 0));
        assertThat(report.events().precision()).isEqualTo(1.0);
        assertThat(report.events().recall()).isEqualTo(1.0);
        assertThat(report.events().f1()).isEqualTo(1.0);
        assertThat(report.pairs().dateAccuracy()).isCloseTo((double) nonOptionalDated / nonOptional, within(1e-12));
        assertThat(report.pairs().dateAccuracyWhereGoldDated()).isEqualTo(1.0);
        assertThat(report.pairs().issueAccuracy()).isEqualTo(1.0);
        assertThat(report.quotes()).isEqualTo(new QuoteScores(goldQuotes, goldQuotes, goldQuotes, goldQuotes));
        assertThat(report.unscoredDocs()).isZero();
    }

    /** Walks up from the working directory to a folder holding {@code shared/gold/dev}. */
    private static Path findSharedDevGold() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("gold").resolve("dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
