package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;

class DisagreementsTest {
    private static Event release(String doc, String date, String sentence) {
        return new Event(doc + "#1", doc, EventType.RETREAT, null, List.of("prisoners"),
                List.of(new ActorRef("Russia", null, "RUS", "GOV")), List.of(new ActorRef("Ukraine", null, "UKR", "GOV")),
                date, null, null, null, new Evidence(sentence, 0, sentence.length()), null, 0.7, null);
    }

    private static Article article(String id, String source) {
        return new Article(id, null, source, LocalDate.of(2025, 5, 25), null, "", "en", null, List.of());
    }

    private static Incident only(List<Event> events, List<Article> articles) {
        List<Incident> incidents = Corroborator.incidents(events, articles, Map.of());
        assertThat(incidents).hasSize(1);
        return incidents.getFirst();
    }

    @Test
    void findsOutletsThatGiveOneActDifferentDaysAndDifferentNumbers() {
        List<Event> events = List.of(
                release("a", "2025-05-23", "Russia released 390 prisoners to Ukraine on May 23, 2025."),
                release("b", "2025-05-24", "Russia freed 307 prisoners and 2 civilians on Saturday."),
                release("c", "2025-05-23", "Moscow handed over 390 prisoners at 10:30 on 23 May."));
        List<Article> articles = List.of(article("a", "Reuters"), article("b", "Kyiv Independent"), article("c", "AP"));
        Disagreement found = Disagreements.of(only(events, articles), events, articles).orElseThrow();
        assertThat(found.differences()).extracting(Disagreement.Difference::kind, Disagreement.Difference::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "date"),
                        org.assertj.core.groups.Tuple.tuple("number", "prisoners"));
        Disagreement.Difference dates = found.differences().get(0);
        assertThat(dates.claims()).extracting(Disagreement.Claim::value).containsExactly("2025-05-23", "2025-05-24");
        assertThat(dates.claims().get(0).outlets()).containsExactly("ap", "reuters");
        Disagreement.Difference numbers = found.differences().get(1);
        assertThat(numbers.claims()).extracting(Disagreement.Claim::value).containsExactly("307", "390");
        assertThat(numbers.claims().get(0).outlets()).containsExactly("kyiv independent");
    }

    @Test
    void oneOutletCorrectingItselfAndAgreeingReportsAreNoDisagreement() {
        List<Event> same = List.of(release("a", "2025-05-23", "Russia released 390 prisoners."),
                release("b", "2025-05-23", "Moscow freed 390 prisoners on Friday."));
        List<Article> two = List.of(article("a", "Reuters"), article("b", "AP"));
        assertThat(Disagreements.of(only(same, two), same, two)).isEmpty();

        List<Event> corrected = List.of(release("a", "2025-05-23", "Russia released 390 prisoners."),
                release("b", "2025-05-24", "Russia released 307 prisoners."));
        List<Article> oneOutlet = List.of(article("a", "Reuters"), article("b", "Reuters"));
        assertThat(Disagreements.of(only(corrected, oneOutlet), corrected, oneOutlet)).isEmpty();
    }

    @Test
    void readsCountsButNotDaysYearsOrTimes() {
        assertThat(Disagreements.numbers("On May 21, 2025 at 10:30 three drones and 1,200 troops crossed; 21 May 2025."))
                .containsExactlyInAnyOrderEntriesOf(Map.of("drones", "3", "troops", "1200"));
        assertThat(Disagreements.numbers("They agreed a 30-day ceasefire.")).containsEntry("day", "30");
        assertThat(Disagreements.numbers("")).isEmpty();
    }
}
