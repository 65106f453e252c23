package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static parley.core.eval.Fixtures.gold;
import static parley.core.eval.Fixtures.system;
import static parley.model.EventType.ACCUSE;
import static parley.model.EventType.AGREE;
import static parley.model.EventType.CONSULT;
import static parley.model.EventType.REJECT;
import static parley.model.EventType.REQUEST;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Aux;
import parley.model.Event;
import parley.model.Quote;

class ScorerTest {

    @Test
    void takesTheBestPairFirstEvenWhenThatLosesAPair() {
        // S1 fits G1 with the right date (1 + 2 = 3) and G2 with a shared recipient (1 + 1 = 2).
        // S2 fits only G1 (G2 has a recipient, S2 none). Greedy takes S1-G1 first, so S2 and G2
        // stay alone although S1-G2 and S2-G1 would pair everything.
        GoldEvent g1 = gold(ACCUSE, "RUS", "", "2025-05-21", List.of(), false, "g1");
        GoldEvent g2 = gold(ACCUSE, "RUS", "UKR", "2025-05-01", List.of(), false, "g2");
        Event s1 = system(ACCUSE, "RUS", "UKR", "2025-05-21", List.of("ceasefire"), null, "s1");
        Event s2 = system(ACCUSE, "RUS", "", "2025-04-02", List.of("ceasefire"), null, "s2");

        EvalReport report = Fixtures.score(List.of(g1, g2), List.of(s1, s2));

        assertThat(report.events()).isEqualTo(new Counts(1, 1, 1));
        assertThat(report.errors().falsePositives()).extracting(EvalErrors.EventError::evidence).containsExactly("s2");
        assertThat(report.errors().misses()).extracting(EvalErrors.EventError::evidence).containsExactly("g2");
    }

    @Test
    void scoresSharedActorsRecipientsDateAndIssues() {
        GoldEvent gold = gold(REQUEST, "USA,FRA", "RUS,UKR", "2025-05", List.of("ceasefire"), false, "g");
        assertThat(EventMatcher.score(system(REQUEST, "USA,FRA,DEU", "RUS", "2025-05-21", List.of("ceasefire"),
                null, "s"), gold)).isEqualTo(2 + 1 + 2 + 1);
        assertThat(EventMatcher.score(system(REQUEST, "USA", "UKR,RUS", "2025", List.of(), null, "s"), gold))
                .isEqualTo(1 + 2);
        assertThat(EventMatcher.score(system(AGREE, "USA", "UKR", "s"), gold)).isEqualTo(-1);
    }

    @Test
    void prefersNonOptionalGoldOnEqualScores() {
        GoldEvent optional = gold(CONSULT, "USA", "", null, List.of(), true, "optional first in gold order");
        GoldEvent required = gold(CONSULT, "USA", "", null, List.of(), false, "required");

        EvalReport report = Fixtures.score(List.of(optional, required), List.of(system(CONSULT, "USA", "", "s")));

        assertThat(report.events()).isEqualTo(new Counts(1, 0, 0));
        assertThat(report.optionalPairs()).isZero();
        assertThat(report.optionalGoldEvents()).isEqualTo(1);
    }

    @Test
    void breaksRemainingTiesBySystemOrderThenGoldOrder() {
        GoldEvent g1 = gold(REJECT, "RUS", "", "g1");
        GoldEvent g2 = gold(REJECT, "RUS", "", "g2");
        Event s1 = system(REJECT, "RUS", "", "s1");

        EvalReport oneSystem = Fixtures.score(List.of(g1, g2), List.of(s1));
        assertThat(oneSystem.errors().misses()).extracting(EvalErrors.EventError::evidence).containsExactly("g2");

        Event s2 = system(REJECT, "RUS", "", "s2");
        Event s3 = system(REJECT, "RUS", "", "s3");
        EvalReport threeSystem = Fixtures.score(List.of(g1), List.of(s1, s2, s3));
        assertThat(threeSystem.errors().falsePositives()).extracting(EvalErrors.EventError::evidence)
                .containsExactly("s2", "s3");
    }

    @Test
    void aHigherScoreBeatsEarlierSystemOrder() {
        GoldEvent g1 = gold(REJECT, "RUS", "", "2025-05-21", List.of(), false, "g1");
        Event early = system(REJECT, "RUS", "", "2025-06-01", List.of(), null, "early, wrong date");
        Event late = system(REJECT, "RUS", "", "2025-05-21", List.of(), null, "late, right date");

        EvalReport report = Fixtures.score(List.of(g1), List.of(early, late));

        assertThat(report.errors().falsePositives()).extracting(EvalErrors.EventError::evidence)
                .containsExactly("early, wrong date");
        assertThat(report.pairs().datesCorrect()).isEqualTo(1);
    }

    @Test
    void treatsEuAndEurAsOneCodeForActorsAndRecipients() {
        GoldEvent gold = gold(REQUEST, "EUR", "EU", "g");
        assertThat(Fixtures.score(List.of(gold), List.of(system(REQUEST, "EU", "EUR", "s"))).events())
                .isEqualTo(new Counts(1, 0, 0));
        // Both codes on one side still share one code, not two.
        assertThat(EventMatcher.score(system(REQUEST, "EU,EUR", "EU", "s"), gold)).isEqualTo(1 + 1 + 1);
    }

    @Test
    void requiresASharedRecipientOnlyWhenTheGoldHasOne() {
        GoldEvent noRecipient = gold(ACCUSE, "UKR", "", "g");
        assertThat(EventMatcher.score(system(ACCUSE, "UKR", "RUS", "s"), noRecipient)).isPositive();
        assertThat(EventMatcher.score(system(ACCUSE, "UKR", "", "s"), noRecipient)).isPositive();

        GoldEvent withRecipient = gold(ACCUSE, "UKR", "RUS", "g");
        assertThat(EventMatcher.score(system(ACCUSE, "UKR", "USA", "s"), withRecipient)).isEqualTo(-1);
        assertThat(EventMatcher.score(system(ACCUSE, "UKR", "", "s"), withRecipient)).isEqualTo(-1);
        assertThat(EventMatcher.score(system(ACCUSE, "UKR", "USA,RUS", "s"), withRecipient)).isEqualTo(1 + 1 + 1);
        // An actor code must be shared too; a recipient match alone is not enough.
        assertThat(EventMatcher.score(system(ACCUSE, "USA", "RUS", "s"), withRecipient)).isEqualTo(-1);
    }

    @Test
    void optionalGoldCostsNothingAndEarnsNothing() {
        GoldEvent optional = gold(CONSULT, "USA", "", "2025-05-21", List.of("peace_talks"), true, "optional");
        GoldEvent required = gold(AGREE, "RUS", "", "required");

        EvalReport withOptionalOutput = Fixtures.score(List.of(optional, required),
                List.of(system(CONSULT, "USA", "", "2025-01-01", List.of(), null, "s"), system(AGREE, "RUS", "", "s2")));
        EvalReport withoutOptionalOutput = Fixtures.score(List.of(optional, required),
                List.of(system(AGREE, "RUS", "", "s2")));

        assertThat(withOptionalOutput.events()).isEqualTo(new Counts(1, 0, 0));
        assertThat(withoutOptionalOutput.events()).isEqualTo(new Counts(1, 0, 0));
        assertThat(withOptionalOutput.optionalPairs()).isEqualTo(1);
        // The optional pair's wrong date and issues do not enter the pair figures.
        assertThat(withOptionalOutput.pairs().pairs()).isEqualTo(1);
        assertThat(withOptionalOutput.errors().dateErrors()).extracting(EvalErrors.DateError::type).containsExactly(AGREE);
        assertThat(withOptionalOutput.errors().issueErrors()).isEmpty();
        assertThat(withOptionalOutput.perType()).doesNotContainKey(CONSULT);
    }

    @Test
    void dropsHypotheticalAndNegatedSystemEventsButKeepsHistoricalAndFuture() {
        GoldEvent gold = gold(REJECT, "RUS", "", "g");
        List<Event> dropped = List.of(system(REJECT, "RUS", "", null, List.of(), Aux.HYPOTHETICAL, "could reject"),
                system(REJECT, "RUS", "", null, List.of(), Aux.NEGATION, "has not rejected"));

        EvalReport report = Fixtures.score(List.of(gold), dropped);
        assertThat(report.events()).isEqualTo(new Counts(0, 0, 1));
        assertThat(report.droppedSystemEvents()).isEqualTo(2);

        for (Aux kept : List.of(Aux.HISTORICAL, Aux.FUTURE)) {
            EvalReport counted = Fixtures.score(List.of(gold),
                    List.of(system(REJECT, "RUS", "", null, List.of(), kept, "s")));
            assertThat(counted.events()).isEqualTo(new Counts(1, 0, 0));
        }
    }

    @Test
    void dateAccuracyCountsNullGoldDatesAsWrongAndReportsTheDatedFigureApart() {
        List<GoldEvent> gold = List.of(
                gold(ACCUSE, "RUS", "", null, List.of(), false, "undated"),
                gold(REJECT, "RUS", "", "2025-05", List.of(), false, "month"),
                gold(AGREE, "RUS", "", "2025-05-21", List.of(), false, "day"));
        List<Event> system = List.of(
                system(ACCUSE, "RUS", "", "2025-05-21", List.of(), null, "s1"),
                system(REJECT, "RUS", "", "2025-05-21", List.of(), null, "s2"),
                system(AGREE, "RUS", "", "2025-05", List.of(), null, "s3"));

        PairScores pairs = Fixtures.score(gold, system).pairs();

        assertThat(pairs.pairs()).isEqualTo(3);
        assertThat(pairs.dateAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(pairs.dateAccuracyWhereGoldDated()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void computesIssueAccuracyAndMicroF1OverPairs() {
        List<GoldEvent> gold = List.of(
                gold(ACCUSE, "RUS", "", null, List.of("ceasefire", "territory"), false, "g1"),
                gold(REJECT, "RUS", "", null, List.of(), false, "g2"),
                gold(AGREE, "RUS", "", null, List.of("prisoners"), false, "g3"));
        List<Event> system = List.of(
                system(ACCUSE, "RUS", "", null, List.of("ceasefire"), null, "s1"),
                system(REJECT, "RUS", "", null, List.of("sanctions"), null, "s2"),
                system(AGREE, "RUS", "", null, List.of("prisoners"), null, "s3"));

        PairScores pairs = Fixtures.score(gold, system).pairs();

        assertThat(pairs.issueMemberships()).isEqualTo(new Counts(2, 1, 1));
        assertThat(pairs.issueF1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(pairs.issueAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void attributesPerTypeCountsToTheGoldTypeForMissesAndTheSystemTypeForFalsePositives() {
        List<GoldEvent> gold = List.of(gold(REQUEST, "USA", "RUS", "g1"), gold(REJECT, "RUS", "", "g2"),
                gold(REJECT, "UKR", "", "g3"));
        List<Event> system = List.of(system(REQUEST, "USA", "RUS", "s1"), system(ACCUSE, "RUS", "", "s2"),
                system(REJECT, "UKR", "", "s3"), system(REJECT, "USA", "", "s4"));

        EvalReport report = Fixtures.score(gold, system);

        assertThat(report.counts(REQUEST)).isEqualTo(new Counts(1, 0, 0));
        assertThat(report.counts(REJECT)).isEqualTo(new Counts(1, 1, 1));
        assertThat(report.counts(ACCUSE)).isEqualTo(new Counts(0, 1, 0));
        assertThat(report.counts(AGREE)).isEqualTo(Counts.ZERO);
        assertThat(report.events()).isEqualTo(new Counts(2, 2, 1));
        assertThat(report.events().precision()).isEqualTo(0.5);
        assertThat(report.events().recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.events().f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void scoresOnlyGoldDocumentsAndMissesEverythingOfAnUnansweredOne() {
        GoldDocument answered = Fixtures.document("a", List.of(gold(AGREE, "RUS", "", "a1")), List.of());
        GoldDocument unanswered = Fixtures.document("b", List.of(gold(AGREE, "UKR", "", "b1"),
                gold(AGREE, "UKR", "", null, List.of(), true, "b2 optional")), List.of());
        Map<String, List<Event>> system = Map.of(
                "a", List.of(system(AGREE, "RUS", "", "s")),
                "z", List.of(system(AGREE, "USA", "", "not in gold")));
        Map<String, List<Quote>> quotes = Map.of("y", List.of(new Quote("y", "X", "USA", "not in gold", null, 0, 1)));

        EvalReport report = new Scorer().score(Map.of("a", answered, "b", unanswered), system, quotes);

        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.unscoredDocs()).isEqualTo(2);
        assertThat(report.events()).isEqualTo(new Counts(1, 0, 1));
        assertThat(report.quotes().systemQuotes()).isZero();
    }

    @Test
    void matchesQuotesOneToOneAndChecksAttribution() {
        GoldDocument document = Fixtures.document("d", List.of(), List.of(
                new GoldQuote("Sergey Lavrov", "RUS", "\u201CWe are ready to continue the talks in Istanbul\u201D", null),
                new GoldQuote("Andrii Sybiha", "UKR", "Russia must agree to a full ceasefire first", null),
                new GoldQuote("Kremlin", "RUS", "No decision has been taken yet", null)));
        List<Quote> system = List.of(
                new Quote("d", "Lavrov", "RUS", "We are ready to continue the talks", null, 0, 1),
                new Quote("d", "Lavrov", "RUS", "We are ready to continue the talks in Istanbul", null, 0, 1),
                new Quote("d", "Sybiha", "RUS", "\"Russia must agree to a full ceasefire\"", null, 0, 1),
                new Quote("d", "Dmitry Peskov", "RUS", "The weather in Moscow is fine", null, 0, 1));

        EvalReport report = new Scorer().score(Map.of("d", document), Map.of(), Map.of("d", system));

        // The exact copy (ratio 1 over the full length) wins Lavrov's quote; the shorter one is
        // also ratio 1 but with a shorter overlap, so it is left over as spurious.
        assertThat(report.quotes()).isEqualTo(new QuoteScores(3, 4, 2, 1));
        assertThat(report.errors().spuriousQuotes()).extracting(EvalErrors.QuoteError::text)
                .containsExactly("We are ready to continue the talks", "The weather in Moscow is fine");
        assertThat(report.errors().missedQuotes()).extracting(EvalErrors.QuoteError::speaker).containsExactly("Kremlin");
        assertThat(report.errors().attributionErrors()).extracting(EvalErrors.AttributionError::systemSpeakerCode)
                .containsExactly("RUS");
        assertThat(report.quotes().recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.quotes().precision()).isEqualTo(0.5);
        assertThat(report.quotes().attributionAccuracy()).isEqualTo(0.5);
    }

    @Test
    void scoringGoldAgainstItselfIsPerfectExceptForUndatedGold() {
        GoldDocument document = Fixtures.document("d", List.of(
                gold(REQUEST, "USA", "RUS,UKR", "2025-03", List.of("ceasefire"), false, "e1"),
                gold(AGREE, "UKR", "USA", "2025-W11", List.of("ceasefire"), false, "e2"),
                gold(ACCUSE, "EUR", "RUS", null, List.of(), false, "e3"),
                gold(CONSULT, "USA,UKR", "", "2025-03-11", List.of("peace_talks"), true, "e4")),
                List.of(new GoldQuote("Marco Rubio", "USA", "The ball is now in their court", null)));

        EvalReport report = new Scorer().score(Map.of("d", document),
                Map.of("d", Fixtures.goldAsSystemEvents(document)), Map.of("d", Fixtures.goldAsSystemQuotes(document)));

        assertThat(report.events()).isEqualTo(new Counts(3, 0, 0));
        assertThat(report.events().f1()).isEqualTo(1.0);
        assertThat(report.optionalPairs()).isEqualTo(1);
        assertThat(report.pairs().dateAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.pairs().dateAccuracyWhereGoldDated()).isEqualTo(1.0);
        assertThat(report.pairs().issueAccuracy()).isEqualTo(1.0);
        assertThat(report.quotes()).isEqualTo(new QuoteScores(1, 1, 1, 1));
    }

    @Test
    void refusesNullMaps() {
        assertThatThrownBy(() -> new Scorer().score(Map.of(), null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("systemEvents");
    }
}
