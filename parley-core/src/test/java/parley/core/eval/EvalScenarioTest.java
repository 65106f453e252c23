package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.json.Json;
import parley.model.EventType;

/**
 * End to end on the files under {@code scenario/}: two gold articles, system output for them and
 * for a third article that is not in the gold. Every expected figure is worked out by hand in the
 * comments from the rules of FORMAT.md.
 */
class EvalScenarioTest {
    private static EvalReport report;

    @BeforeAll
    static void score() {
        Map<String, GoldDocument> gold = new GoldReader().readDirectory(Resources.path("scenario/gold"));
        SystemOutput output = new SystemOutputReader().read(Resources.path("scenario/system"));
        report = new Scorer().score(gold, output.events(), output.quotes());
    }

    @Test
    void countsEventsOverAllScoredDocuments() {
        // talks-01: CONSULT, AGREE, REQUEST paired; SUPPORT (EU) pairs with the optional EUR gold;
        //           the hypothetical REJECT is dropped; ACCUSE has no gold: FP.
        // talks-02: ASSAULT paired; ACCUSE without recipient cannot pair with the gold ACCUSE that
        //           has one: FP and miss; RETREAT missed.
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.unscoredDocs()).isEqualTo(1);
        assertThat(report.events()).isEqualTo(new Counts(4, 2, 2));
        assertThat(report.optionalGoldEvents()).isEqualTo(1);
        assertThat(report.optionalPairs()).isEqualTo(1);
        assertThat(report.droppedSystemEvents()).isEqualTo(1);
        assertThat(report.events().f1()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void countsPerType() {
        assertThat(report.perType()).containsOnlyKeys(EventType.CONSULT, EventType.AGREE, EventType.REQUEST,
                EventType.ACCUSE, EventType.ASSAULT, EventType.RETREAT);
        assertThat(report.counts(EventType.ACCUSE)).isEqualTo(new Counts(0, 2, 1));
        assertThat(report.counts(EventType.RETREAT)).isEqualTo(new Counts(0, 0, 1));
        assertThat(report.counts(EventType.ASSAULT)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void scoresDatesAndIssuesOnTruePositivePairs() {
        // Dates: CONSULT day = day (correct), AGREE month vs gold day (wrong), REQUEST day inside the
        // gold month (correct), ASSAULT against a null gold date (wrong). Issues: REQUEST adds
        // sanctions, the others are equal.
        PairScores pairs = report.pairs();
        assertThat(pairs).isEqualTo(new PairScores(4, 2, 3, 3, new Counts(5, 1, 0)));
        assertThat(pairs.dateAccuracy()).isEqualTo(0.5);
        assertThat(pairs.dateAccuracyWhereGoldDated()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pairs.issueAccuracy()).isEqualTo(0.75);
        assertThat(pairs.issueF1()).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(report.errors().dateErrors()).extracting(EvalErrors.DateError::type)
                .containsExactly(EventType.AGREE, EventType.ASSAULT);
        assertThat(report.errors().issueErrors()).singleElement()
                .satisfies(error -> assertThat(error.systemIssues()).containsExactly("ceasefire", "sanctions"));
    }

    @Test
    void scoresQuotes() {
        // Rubio's quote matches with the right speaker; the Kremlin's matches ("we need to study th"
        // is 19 of the shorter 31 characters) but Peskov is not the Kremlin by surname; Petrenko's
        // is missed. The quote of the unscored article is ignored.
        assertThat(report.quotes()).isEqualTo(new QuoteScores(3, 2, 2, 1));
        assertThat(report.errors().missedQuotes()).extracting(EvalErrors.QuoteError::speaker)
                .containsExactly("Ivan Petrenko");
    }

    @Test
    void listsFalsePositivesAndMissesWithTheirEvidence() {
        assertThat(report.errors().falsePositives()).extracting(EvalErrors.EventError::evidence).containsExactly(
                "Moscow blamed Kyiv for the delay.", "Kyiv accused Moscow of undermining the truce talks.");
        assertThat(report.errors().misses()).extracting(EvalErrors.EventError::doc, EvalErrors.EventError::type)
                .containsExactly(tuple("talks-02", EventType.ACCUSE),
                        tuple("talks-02", EventType.RETREAT));
        assertThat(report.errors().misses().get(1).actors()).containsExactly("RUS", "UKR");
    }

    @Test
    void printsAnAlignedTable() {
        String text = report.toText(false);

        assertThat(text).contains("Documents scored: 2 (system output for 1 other document(s) ignored)");
        assertThat(text).containsPattern("type\\s+TP\\s+FP\\s+FN\\s+P\\s+R\\s+F1");
        assertThat(text).contains("ALL             4      2      2   0.667   0.667   0.667");
        assertThat(text).contains("ACCUSE          0      2      1   0.000   0.000   0.000");
        assertThat(text).contains("date accuracy                 0.500  (2/4)");
        assertThat(text).contains("date accuracy, gold dated     0.667  (2/3)");
        assertThat(text).contains("attribution accuracy          0.500  (1/2)");
        assertThat(text).doesNotContain("False positives");
        // Every row of the table has the same width.
        assertThat(text.lines().filter(line -> line.matches("[A-Z]+\\s+\\d+\\s+\\d+\\s+\\d+\\s.*")))
                .hasSize(7).extracting(String::length).containsOnly(55);
    }

    @Test
    void printsEveryErrorOnRequest() {
        String text = report.toText(true);


        assertThat(text).contains("False positives (2)").contains("Misses (2)").contains("Date errors on pairs (2)")
                .contains("Issue errors on pairs (1)").contains("Missed quotes (1)").contains("Spurious quotes (0)")
                .contains("Attribution errors (1)");
        assertThat(text).contains("talks-01 ACCUSE    RUS -> UKR  null | Moscow blamed Kyiv for the delay.");
        assertThat(text).contains("gold 2025-03-11 system 2025-03");
    }

    @Test
    void writesOneSnakeCaseJsonObject() throws Exception {
        JsonNode json = Json.mapper().readTree(report.toJson());

        assertThat(json.path("documents").asInt()).isEqualTo(2);
        assertThat(json.path("unscored_docs").asInt()).isEqualTo(1);
        assertThat(json.path("events").path("true_positives").asInt()).isEqualTo(4);
        assertThat(json.path("events").path("f1").asDouble()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(json.path("per_type").path("ACCUSE").path("false_positives").asInt()).isEqualTo(2);
        assertThat(json.path("pairs").path("date_accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.path("pairs").path("date_accuracy_where_gold_dated").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(json.path("pairs").path("issue_f1").asDouble()).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(json.path("quotes").path("attribution_accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.path("errors").path("false_positives")).hasSize(2);
        assertThat(json.path("errors").path("date_errors").get(0).path("gold_date").asText()).isEqualTo("2025-03-11");
        assertThat(json.has("to_json") || json.has("toJson")).isFalse();
    }
}
