package parley.core.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;

class StanceHistoryTest {

    private static Event event(String id, EventType type, String actor, String date, String sentence, Aux aux) {
        String doc = id.substring(0, id.indexOf('#'));
        return new Event(id, doc, type, null, List.of("ceasefire"), List.of(new ActorRef(actor, null, actor, null)),
                List.of(), date, null, aux, null, new Evidence(sentence, 0, sentence.length()), null, 0.8, null);
    }

    private static Event event(String id, EventType type, String actor, String date) {
        return event(id, type, actor, date, "Moscow said something about a truce.", null);
    }

    @Test
    void explainsABacktrackWithTheEventsOnEitherSide() {
        List<Event> events = List.of(
                event("b#1", EventType.REJECT, "RUS", "2025-05-21"),
                event("a#1", EventType.AGREE, "RUS", "2025-03-18"),
                event("a#2", EventType.SUPPORT, "RUS", "2025-03-20"));
        PositionSeries series = StanceHistory.ofEvents(events, "RUS", "ceasefire");
        assertThat(series.points()).extracting(StancePoint::id).containsExactly("a#1", "a#2", "b#1");
        assertThat(series.changes()).singleElement().satisfies(change -> {
            assertThat(change.from().id()).isEqualTo("a#2");
            assertThat(change.to().id()).isEqualTo("b#1");
            assertThat(change.explanation())
                    .isEqualTo("RUS on ceasefire: for (2025-03-20, event a#2) -> against (2025-05-21, event b#1)");
        });
        assertThat(series.current()).isEqualTo(Stance.AGAINST);
    }

    @Test
    void ordersByTheFirstDayOfVagueDatesAndKeepsUndatedPointsApart() {
        List<Event> events = List.of(
                event("a#1", EventType.REJECT, "RUS", "2025-03-10"),
                event("b#1", EventType.AGREE, "RUS", "2025-03"),
                event("c#1", EventType.REJECT, "RUS", null),
                event("d#1", EventType.AGREE, "RUS", "2025-W12"));
        PositionSeries series = StanceHistory.ofEvents(events, "RUS", "ceasefire");
        assertThat(series.points()).extracting(StancePoint::id).containsExactly("b#1", "a#1", "d#1");
        assertThat(series.points()).extracting(StancePoint::day)
                .containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17));
        assertThat(series.undated()).extracting(StancePoint::id).containsExactly("c#1");
        assertThat(series.changes()).extracting(change -> change.to().id()).containsExactly("a#1", "d#1");
    }

    /** An event as the coder gives it, with the rules that fired (the modality stage's "condition:if"). */
    private static Event coded(String id, EventType type, String actor, String date, String sentence, String... rules) {
        Event plain = event(id, type, actor, date, sentence, null);
        return new Event(plain.id(), plain.doc(), type, null, plain.issues(), plain.actor(), List.of(), date, null, null,
                null, plain.evidence(), null, 0.8, new parley.model.Provenance(rules[0], "agreed", List.of(rules), "d", "c",
                null));
    }

    @Test
    void seesAConditionAsAStanceOfItsOwn() {
        List<Event> events = List.of(
                coded("a#1", EventType.AGREE, "RUS", "2025-03-18", "Russia agreed to a truce.", "verb:agree"),
                coded("b#1", EventType.AGREE, "RUS", "2025-03-19",
                        "Russia agreed to a truce only if arms deliveries stop.", "verb:agree", "condition:if"));
        assertThat(StanceHistory.ofEvents(events, "RUS", "ceasefire").changes()).singleElement()
                .extracting(StanceChange::explanation)
                .isEqualTo("RUS on ceasefire: for (2025-03-18, event a#1) -> conditional (2025-03-19, event b#1)");
    }

    @Test
    void takesTheConditionFromTheCoderNotFromAnIfAnywhereInTheSentence() {
        // the condition is on the response, not on the acceptance: the coder records no condition rule
        Event accepted = coded("a#1", EventType.AGREE, "RUS", "2025-03-18",
                "Putin accepted the truce but warned that Russia would respond if attacked.", "verb:accept");
        assertThat(PositionTracker.positions(List.of(accepted))).singleElement()
                .extracting(Position::stance).isEqualTo(Stance.FOR);
        Event conditional = coded("b#1", EventType.REJECT, "RUS", "2025-03-19", "Russia rejected the plan.",
                "verb:reject", "condition:unless");
        assertThat(PositionTracker.positions(List.of(conditional))).singleElement()
                .extracting(Position::stance).isEqualTo(Stance.CONDITIONAL);
    }

    @Test
    void ignoresHypotheticalAndNegatedEventsAndTypesWithoutStance() {
        List<Event> events = List.of(
                event("a#1", EventType.AGREE, "RUS", "2025-03-18"),
                event("b#1", EventType.REJECT, "RUS", "2025-03-19", "Russia has not rejected the truce.", Aux.NEGATION),
                event("c#1", EventType.ASSAULT, "RUS", "2025-03-20"));
        PositionSeries series = StanceHistory.ofEvents(events, "RUS", "ceasefire");
        assertThat(series.points()).extracting(StancePoint::id).containsExactly("a#1");
        assertThat(series.changes()).isEmpty();
    }

    @Test
    void buildsOneSeriesPerActorAndIssueFromIncidents() {
        List<Event> events = List.of(
                event("a#1", EventType.AGREE, "RUS", "2025-03-18"),
                event("b#1", EventType.AGREE, "RUS", "2025-03-18"),
                event("c#1", EventType.REJECT, "RUS", "2025-05-21"),
                event("c#2", EventType.AGREE, "UKR", "2025-03-11"));
        List<Article> articles = List.of(
                new Article("a", null, "tass", LocalDate.of(2025, 3, 18), null, "", null, null, List.of()),
                new Article("b", null, "reuters", LocalDate.of(2025, 3, 19), null, "", null, null, List.of()));
        List<Incident> incidents = Corroborator.incidents(events, articles, Map.of());
        List<PositionSeries> series = StanceHistory.ofIncidents(incidents);
        assertThat(series).extracting(PositionSeries::actor).containsExactly("RUS", "UKR");
        PositionSeries russia = series.get(0);
        assertThat(russia.points()).extracting(StancePoint::kind).containsOnly("incident");
        assertThat(russia.points()).extracting(StancePoint::id).containsExactly("incident:a#1", "incident:c#1");
        assertThat(russia.changes()).singleElement().extracting(StanceChange::explanation).isEqualTo(
                "RUS on ceasefire: for (2025-03-18, incident incident:a#1) -> against (2025-05-21, incident incident:c#1)");
    }
}
