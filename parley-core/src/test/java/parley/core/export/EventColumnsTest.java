package parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;

class EventColumnsTest {
    private static final Article ARTICLE = new Article("dev-007", "https://example.org/a", "example.org",
            LocalDate.of(2025, 5, 22), "Title", "Text.", "en", "corpus.jsonl#7", List.of());

    static Event event(String date, Aux aux) {
        return new Event("dev-007#3", "dev-007", EventType.REJECT, "yield", List.of("ceasefire"),
                List.of(new ActorRef("Lavrov", "Sergey Lavrov", "RUS", "GOV"), new ActorRef("Kyiv", null, "UKR", null)),
                List.of(new ActorRef("the US", "United States", "USA", null)), date, "on May 21", aux,
                new Location("Istanbul", "TUR"), new Evidence("Lavrov rejected the ceasefire.", 1043, 1177),
                "We don't want this", 0.87,
                new Provenance("verb:reject", "rejected", List.of("verb:reject", "actor-fallback"), "dict-1", "cb-2", "m-3"));
    }

    @Test
    void rowFitsTheTableAndGivesBackTheSameEvent() {
        Event event = event("2025-05-21", null);
        List<Object> row = EventColumns.row(event, ARTICLE);
        EventColumns.TABLE.check(row);
        assertThat(EventColumns.event(row)).isEqualTo(event);
        assertThat(row.get(EventColumns.TABLE.index("article_source"))).isEqualTo("example.org");
        assertThat(EventColumns.article(row)).extracting(Article::id, Article::url, Article::source, Article::published)
                .containsExactly("dev-007", "https://example.org/a", "example.org", LocalDate.of(2025, 5, 22));
    }

    @Test
    void aDayIsADateAndEveryDateKeepsItsTextAndPrecision() {
        List<Object> day = EventColumns.row(event("2025-05-21", null), ARTICLE);
        assertThat(value(day, "date")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(value(day, "date_iso")).isEqualTo("2025-05-21");
        assertThat(value(day, "date_precision")).isEqualTo("day");
        assertThat(value(day, "month")).isEqualTo("2025-05");

        List<Object> week = EventColumns.row(event("2025-W27", null), ARTICLE);
        assertThat(value(week, "date")).isNull();
        assertThat(value(week, "date_precision")).isEqualTo("week");
        assertThat(value(week, "month")).as("2025-W27 starts on Monday 30 June").isEqualTo("2025-06");

        assertThat(value(EventColumns.row(event("2025-05", null), ARTICLE), "month")).isEqualTo("2025-05");
        List<Object> year = EventColumns.row(event("2025", null), ARTICLE);
        assertThat(value(year, "date_precision")).isEqualTo("year");
        assertThat(value(year, "month")).isEqualTo("unknown");
        List<Object> undated = EventColumns.row(event(null, null), ARTICLE);
        assertThat(value(undated, "date_precision")).isNull();
        assertThat(value(undated, "month")).isEqualTo("unknown");
        List<Object> malformed = EventColumns.row(event("2025-13-45", null), ARTICLE);
        assertThat(value(malformed, "date")).isNull();
        assertThat(value(malformed, "date_iso")).isEqualTo("2025-13-45");
        assertThat(value(malformed, "month")).isEqualTo("unknown");
    }

    @Test
    void actorsAreAListOfStructsAndAJoinedText() {
        List<Object> row = EventColumns.row(event("2025-05-21", null), ARTICLE);
        assertThat(value(row, "actors")).isEqualTo(List.of(
                List.of("Lavrov", "Sergey Lavrov", "RUS", "GOV"), Arrays.asList("Kyiv", null, "UKR", null)));
        assertThat(value(row, "actors_text")).isEqualTo("Sergey Lavrov (RUS); Kyiv (UKR)");
        assertThat(value(row, "recipients_text")).isEqualTo("United States (USA)");
    }

    @Test
    void provenanceRulesAndModelVersionAreColumns() {
        List<Object> row = EventColumns.row(event("2025-05-21", Aux.HYPOTHETICAL), null);
        assertThat(value(row, "provenance_rules")).isEqualTo(List.of("verb:reject", "actor-fallback"));
        assertThat(value(row, "provenance_model_version")).isEqualTo("m-3");
        assertThat(value(row, "aux")).isEqualTo("hypothetical");
        assertThat(value(row, "asserted")).isEqualTo(false);
        assertThat(value(row, "article_url")).isNull();
    }

    @Test
    void anEventWithoutProvenanceOrLocationComesBackWithout() {
        Event bare = new Event("a#1", "a", EventType.AGREE, null, List.of(), List.of(new ActorRef(null, null, "UKR", null)),
                List.of(), null, null, null, null, new Evidence("Kyiv agreed.", 0, 12), null, 0.5, null);
        List<Object> row = EventColumns.row(bare, null);
        EventColumns.TABLE.check(row);
        assertThat(value(row, "recipients_text")).isNull();
        assertThat(value(row, "provenance_rules")).isEqualTo(List.of());
        assertThat(EventColumns.event(row)).isEqualTo(bare);
    }

    @Test
    void checkNamesTheColumnWhoseValueDoesNotFit() {
        List<Object> row = new ArrayList<>(EventColumns.row(event("2025-05-21", null), ARTICLE));
        row.set(EventColumns.TABLE.index("evidence_start"), "1043");
        assertThatThrownBy(() -> EventColumns.TABLE.check(row))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events.evidence_start");
        row.set(EventColumns.TABLE.index("evidence_start"), 1043);
        row.set(EventColumns.TABLE.index("type"), null);
        assertThatThrownBy(() -> EventColumns.TABLE.check(row)).hasMessageContaining("events.type must not be null");
        assertThatThrownBy(() -> EventColumns.TABLE.index("evidence")).hasMessageContaining("no column 'evidence'");
    }

    private static Object value(List<Object> row, String column) {
        return row.get(EventColumns.TABLE.index(column));
    }
}
