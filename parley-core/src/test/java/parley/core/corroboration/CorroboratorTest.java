package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static parley.core.corroboration.Events.article;
import static parley.core.corroboration.Events.day;
import static parley.core.corroboration.Events.event;
import static parley.model.EventType.AGREE;
import static parley.model.EventType.CONSULT;
import static parley.model.EventType.REJECT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;

class CorroboratorTest {
    private static final List<String> CEASEFIRE = List.of("ceasefire");

    private static List<Incident> incidents(List<Event> events, List<Article> articles) {
        return Corroborator.incidents(events, articles, Map.of());
    }

    private static List<Incident> incidents(Event... events) {
        return incidents(List.of(events), List.of());
    }

    private static Event reject(String id, String doc, String date) {
        return event(id, doc, REJECT, List.of("RUS"), List.of("USA"), CEASEFIRE, date);
    }

    @Test
    void mergesDayDatesOneDayApartFromDifferentArticles() {
        List<Incident> found = incidents(reject("a#1", "a", "2025-03-13"), reject("b#1", "b", "2025-03-14"));
        assertThat(found).singleElement().satisfies(incident -> {
            assertThat(incident.eventIds()).containsExactly("a#1", "b#1");
            assertThat(incident.articleIds()).containsExactly("a", "b");
        });
    }

    @Test
    void keepsDayDatesTwoDaysApartSeparate() {
        assertThat(incidents(reject("a#1", "a", "2025-03-13"), reject("b#1", "b", "2025-03-15"))).hasSize(2);
    }

    @Test
    void neverMergesTwoEventsOfOneArticle() {
        assertThat(incidents(reject("a#1", "a", "2025-03-13"), reject("a#2", "a", "2025-03-13"))).hasSize(2);
    }

    @Test
    void mergesAMonthWithADayInsideIt() {
        List<Incident> found = incidents(reject("a#1", "a", "2025-03-13"), reject("b#1", "b", "2025-03"));
        assertThat(found).singleElement().extracting(Incident::date).isEqualTo("2025-03-13");
    }

    @Test
    void vagueDateDoesNotChainTwoDistinctDays() {
        // "in March" fits both the 3rd and the 25th; it must join one, not make them one act.
        List<Incident> found = incidents(reject("a#1", "a", "2025-03-03"), reject("b#1", "b", "2025-03-25"),
                reject("c#1", "c", "2025-03"));
        assertThat(found).hasSize(2);
        assertThat(found).extracting(Incident::date).containsExactly("2025-03-03", "2025-03-25");
        assertThat(found.get(0).eventIds()).containsExactly("a#1", "c#1");
    }

    @Test
    void treatsEuAndEurAsTheSameActor() {
        Event eu = event("a#1", "a", AGREE, List.of("EU"), List.of("UKR"), List.of("military_aid"), "2025-03-06");
        Event eur = event("b#1", "b", AGREE, List.of("EUR"), List.of("UKR"), List.of("military_aid"), "2025-03-06");
        assertThat(incidents(eu, eur)).singleElement().extracting(Incident::actorCodes)
                .isEqualTo(List.of("EU", "EUR"));
    }

    @Test
    void needsOverlappingRecipientsOnlyWhenBothHaveSome() {
        Event toUsa = reject("a#1", "a", "2025-03-13");
        Event toUkr = event("b#1", "b", REJECT, List.of("RUS"), List.of("UKR"), CEASEFIRE, "2025-03-13");
        Event toNobody = event("c#1", "c", REJECT, List.of("RUS"), List.of(), CEASEFIRE, "2025-03-13");
        assertThat(incidents(toUsa, toUkr)).hasSize(2);
        assertThat(incidents(toUsa, toNobody)).hasSize(1);
    }

    @Test
    void needsIssuesBothEmptyOrIntersecting() {
        Event ceasefire = reject("a#1", "a", "2025-03-13");
        Event talks = event("b#1", "b", REJECT, List.of("RUS"), List.of("USA"), List.of("peace_talks"), "2025-03-13");
        Event none = event("c#1", "c", REJECT, List.of("RUS"), List.of("USA"), List.of(), "2025-03-13");
        Event none2 = event("d#1", "d", REJECT, List.of("RUS"), List.of("USA"), List.of(), "2025-03-13");
        assertThat(incidents(ceasefire, talks)).hasSize(2);
        assertThat(incidents(ceasefire, none)).hasSize(2);
        assertThat(incidents(none, none2)).hasSize(1);
    }

    @Test
    void mergesAnUndatedReportOnlyWhenTheRestAgreesAndPublishedWithinThreeDays() {
        Event dated = reject("a#1", "a", "2025-03-13");
        Event undated = reject("b#1", "b", null);
        Event undatedWider = event("c#1", "c", REJECT, List.of("RUS", "BLR"), List.of("USA"), CEASEFIRE, null);
        Event undatedOther = event("c#1", "c", REJECT, List.of("RUS"), List.of("USA"), List.of("prisoners"), null);
        List<Article> close = List.of(article("a", null, null, day("2025-03-13")),
                article("b", null, null, day("2025-03-16")), article("c", null, null, day("2025-03-13")));
        List<Article> far = List.of(article("a", null, null, day("2025-03-13")),
                article("b", null, null, day("2025-03-17")));
        assertThat(incidents(List.of(dated, undated), close)).hasSize(1);
        assertThat(incidents(List.of(dated, undated), far)).hasSize(2);
        assertThat(incidents(List.of(dated, undated), List.of())).as("publication dates unknown").hasSize(2);
        assertThat(incidents(List.of(dated, undatedWider), close)).hasSize(1);
        assertThat(incidents(List.of(dated, undatedOther), close)).hasSize(2);
    }

    @Test
    void keepsPlannedAndDeniedActsApartFromReportedOnes() {
        Event happened = reject("a#1", "a", "2025-03-13");
        Event historical = event("b#1", "b", REJECT, List.of("RUS"), List.of("USA"), CEASEFIRE, "2025-03-13", 0.5,
                Aux.HISTORICAL);
        Event denied = event("c#1", "c", REJECT, List.of("RUS"), List.of("USA"), CEASEFIRE, "2025-03-13", 0.5,
                Aux.NEGATION);
        List<Incident> found = incidents(happened, historical, denied);
        assertThat(found).hasSize(2);
        assertThat(found).filteredOn(incident -> incident.aux() == null).singleElement()
                .extracting(Incident::eventIds).isEqualTo(List.of("a#1", "b#1"));
        assertThat(found).filteredOn(incident -> incident.aux() == Aux.NEGATION).hasSize(1);
    }

    @Test
    void countsOutletsBySourceHostOrIdAndSyndicatedCopiesOnce() {
        List<Event> events = List.of(reject("r1#1", "r1", "2025-03-13"), reject("r2#1", "r2", "2025-03-13"),
                reject("y1#1", "y1", "2025-03-13"), reject("k1#1", "k1", "2025-03-13"),
                reject("x#1", "x", "2025-03-13"));
        List<Article> articles = List.of(
                article("r1", "Reuters", null, day("2025-03-13")),
                article("r2", "reuters", null, day("2025-03-14")),
                article("y1", null, "https://www.yahoo.com/news/1", day("2025-03-14")),
                article("k1", null, "https://kyivindependent.com/a", day("2025-03-12")));
        List<Incident> plain = Corroborator.incidents(events, articles, Map.of());
        assertThat(plain).singleElement().extracting(Incident::outlets)
                .isEqualTo(List.of("kyivindependent.com", "reuters", "x", "yahoo.com"));
        List<Incident> syndicated = Corroborator.incidents(events, articles, Map.of("y1", "r1"));
        assertThat(syndicated).singleElement().satisfies(incident -> {
            assertThat(incident.outlets()).containsExactly("kyivindependent.com", "reuters", "x");
            assertThat(incident.outletCount()).isEqualTo(3);
            assertThat(incident.firstReport()).isEqualTo(new FirstReport("k1", day("2025-03-12")));
            assertThat(incident.id()).isEqualTo("incident:k1#1");
        });
    }

    @Test
    void choosesTheMostConfidentEvidenceAndTheEarliestOnTies() {
        Event early = event("b#1", "b", CONSULT, List.of("USA", "RUS"), List.of(), CEASEFIRE, "2025-03-18", 0.9, null);
        Event late = event("a#1", "a", CONSULT, List.of("RUS"), List.of(), CEASEFIRE, "2025-03-18", 0.9, null);
        Event weak = event("c#1", "c", CONSULT, List.of("USA", "RUS"), List.of(), CEASEFIRE, "2025-03-18", 0.4, null);
        List<Article> articles = List.of(article("a", null, null, day("2025-03-19")),
                article("b", null, null, day("2025-03-18")), article("c", null, null, day("2025-03-17")));
        assertThat(incidents(List.of(early, late, weak), articles)).singleElement().satisfies(incident -> {
            assertThat(incident.bestEvidence().id()).isEqualTo("b#1");
            assertThat(incident.id()).isEqualTo("incident:c#1");
            assertThat(incident.actorCodes()).containsExactly("RUS", "USA");
        });
    }

    @Test
    void datesTheIncidentWithTheMostPreciseValueMostReportsGive() {
        List<Incident> found = incidents(reject("a#1", "a", "2025-03-14"), reject("b#1", "b", "2025-03-13"),
                reject("c#1", "c", "2025-03-13"), reject("d#1", "d", "2025-W11"), reject("e#1", "e", "2025-03"));
        assertThat(found).singleElement().extracting(Incident::date).isEqualTo("2025-03-13");
    }

    @Test
    void givesTheSameIncidentsWhateverTheInputOrder() {
        List<Event> events = new ArrayList<>(List.of(reject("a#1", "a", "2025-03-03"),
                reject("b#1", "b", "2025-03-25"), reject("c#1", "c", "2025-03"), reject("d#1", "d", "2025-03-04"),
                reject("e#1", "e", "2025-W13"), reject("f#1", "f", "2025")));
        List<Incident> reference = incidents(events, List.of());
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(events, random);
            assertThat(incidents(events, List.of())).isEqualTo(reference);
        }
    }

    @Test
    void rejectsEventsWithoutIdOrWithSharedIds() {
        assertThatThrownBy(() -> incidents(reject("a#1", "a", null), reject("a#1", "b", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a#1'");
        assertThatThrownBy(() -> incidents(reject(null, "a", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc a");
    }

    @Test
    void treatsAMalformedDateAsUndated() {
        assertThat(incidents(reject("a#1", "a", "2025-02-30"), reject("b#1", "b", "2025-02-28"))).hasSize(2);
    }
}
