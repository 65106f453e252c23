package parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import parley.model.Quote;
import parley.model.SkippedInput;

class OtherTablesTest {
    @Test
    void aQuoteRowFitsAndIsPartitionedByItsMonth() {
        Quote quote = new Quote("dev-001", "Sergey Lavrov", "RUS", "We have been in these stories", "2025-05-21", 812, 880);
        List<Object> row = QuoteColumns.row(quote, null);
        QuoteColumns.TABLE.check(row);
        assertThat(row.get(QuoteColumns.TABLE.index("date"))).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(row.get(QuoteColumns.TABLE.index("month"))).isEqualTo("2025-05");
        assertThat(QuoteColumns.TABLE.partitionColumns()).containsExactly("month");
    }

    @Test
    void aSkippedRowGivesBackTheSkip() {
        SkippedInput skipped = new SkippedInput("corpus.jsonl#3", "bad-json", "the line is not valid JSON");
        List<Object> row = SkippedColumns.row(skipped);
        assertThat(SkippedColumns.skipped(row)).isEqualTo(skipped);
        assertThat(SkippedColumns.TABLE.partitionColumns()).isEmpty();
    }

    @Test
    void anIncidentRowHasItsOutletsAndTheirCount() {
        Article a = new Article("a", null, "Reuters", LocalDate.of(2025, 5, 22), null, "x", "en", null, List.of());
        Article b = new Article("b", "https://www.bbc.co.uk/news/1", null, LocalDate.of(2025, 5, 21), null, "x", "en",
                null, List.of());
        List<Incident> incidents = Corroborator.incidents(List.of(rejection("a"), rejection("b")), List.of(a, b), Map.of());
        assertThat(incidents).hasSize(1);
        List<Object> row = IncidentColumns.row(incidents.getFirst());
        IncidentColumns.TABLE.check(row);
        assertThat(row.get(IncidentColumns.TABLE.index("outlets"))).isEqualTo(List.of("bbc.co.uk", "reuters"));
        assertThat(row.get(IncidentColumns.TABLE.index("outlet_count"))).isEqualTo(2);
        assertThat(row.get(IncidentColumns.TABLE.index("first_report_doc"))).isEqualTo("b");
        assertThat(row.get(IncidentColumns.TABLE.index("date"))).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(row.get(IncidentColumns.TABLE.index("event_ids"))).isEqualTo(List.of("a#1", "b#1"));
    }

    private static Event rejection(String doc) {
        return new Event(doc + "#1", doc, EventType.REJECT, null, List.of("ceasefire"),
                List.of(new ActorRef("Moscow", null, "RUS", "GOV")), List.of(), "2025-05-21", null, null, null,
                new Evidence("Moscow rejected the ceasefire.", 0, 30), null, 0.5, null);
    }

    @Test
    void columnsAreSnakeCaseAndListsAreNeverNullable() {
        assertThatThrownBy(() -> Column.optional("Evidence", ColumnType.STRING, "x")).hasMessageContaining("snake_case");
        assertThatThrownBy(() -> Column.optional("issues", ColumnType.listOf(ColumnType.STRING), "x"))
                .hasMessageContaining("must not be nullable");
        assertThat(Aux.FUTURE.id()).isEqualTo("future");
    }
}
