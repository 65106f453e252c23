package parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.corroboration.Incident;
import parley.core.json.Json;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceKey;
import parley.core.store.Filter;
import parley.core.store.InMemoryEventStore;
import parley.core.store.MixedReports;
import parley.core.store.Page;
import parley.core.store.SampleArticles;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;

/** Every format of every table, read back through DuckDB: the counts, the types, the values. */
class WorkspaceExportTest {
    private static final InMemoryEventStore STORE = new InMemoryEventStore();
    private static final Filter RUSSIA = Filter.none().withActors(Set.of("RUS"));

    @BeforeAll
    static void fill() {
        STORE.save(SampleArticles.full("full-1"));
        MixedReports.articles(60, 41L).forEach(STORE::save);
    }

    private static long expected(String table, Filter filter) {
        return switch (table) {
            case "events" -> Page.collect((after, limit) -> STORE.events(filter, after, limit), 0).size();
            case "incidents" -> Page.collect((after, limit) -> STORE.incidents(filter, after, limit), 0).size();
            case "quotes" -> Page.collect((after, limit) -> STORE.quotes(filter, after, limit), 0).size();
            default -> {
                long stances = 0;
                for (StanceKey key : STORE.stanceKeys(filter, null, 10_000)) {
                    stances += STORE.stances(key, filter).size();
                }
                yield stances;
            }
        };
    }

    private static Map<String, String> types(Connection duck, String from) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement statement = duck.createStatement();
             ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (rows.next()) {
                types.put(rows.getString("column_name"), rows.getString("column_type"));
            }
        }
        return types;
    }

    private static long count(Connection duck, String from) throws SQLException {
        try (Statement statement = duck.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    @Test
    void writesEveryTableAsParquetThatDuckDbReadsWithTypedColumns(@TempDir Path out) throws Exception {
        for (Filter filter : List.of(Filter.none(), RUSSIA)) {
            Path folder = out.resolve(filter.isNone() ? "all" : "rus");
            List<TableFile> files = WorkspaceExport.write(STORE, Selection.of(filter), ExportFormat.PARQUET,
                    WorkspaceExport.TABLES, folder);
            assertThat(files).extracting(TableFile::table).containsExactlyElementsOf(WorkspaceExport.TABLES);
            try (Connection duck = duckdb()) {
                for (TableFile file : files) {
                    String from = "read_parquet('" + file.file() + "')";
                    assertThat(file.rows()).as(file.table()).isPositive().isEqualTo(expected(file.table(), filter));
                    assertThat(count(duck, from)).as(file.table()).isEqualTo(file.rows());
                    assertThat(file.bytes()).isEqualTo(Files.size(file.file()));
                    assertThat(types(duck, from).keySet()).containsExactlyElementsOf(WorkspaceExport.table(file.table()).names());
                }
                Map<String, String> events = types(duck, "read_parquet('" + folder.resolve("events.parquet") + "')");
                assertThat(events).containsEntry("date", "DATE").containsEntry("date_iso", "VARCHAR")
                        .containsEntry("article_published", "DATE").containsEntry("evidence_start", "INTEGER")
                        .containsEntry("confidence", "DOUBLE").containsEntry("asserted", "BOOLEAN")
                        .containsEntry("issues", "VARCHAR[]").containsEntry("provenance_rules", "VARCHAR[]")
                        .containsEntry("actors", "STRUCT(\"text\" VARCHAR, \"name\" VARCHAR, code VARCHAR, sector VARCHAR)[]");
                Map<String, String> incidents = types(duck, "read_parquet('" + folder.resolve("incidents.parquet") + "')");
                assertThat(incidents).containsEntry("outlet_count", "INTEGER").containsEntry("outlets", "VARCHAR[]")
                        .containsEntry("date", "DATE");
                assertThat(types(duck, "read_parquet('" + folder.resolve("positions.parquet") + "')"))
                        .containsEntry("date", "DATE").containsEntry("stance", "VARCHAR");
            }
        }
    }

    @Test
    void keepsEveryValueOfAnEventInItsParquetRow(@TempDir Path out) throws Exception {
        WorkspaceExport.write(STORE, Selection.of(Filter.none()), ExportFormat.PARQUET, List.of("events"), out);
        Event consult = SampleArticles.full("full-1").events().getFirst();
        try (Connection duck = duckdb(); Statement statement = duck.createStatement();
             ResultSet row = statement.executeQuery("SELECT date, date_precision, actors[1].name, recipients_text, "
                     + "len(recipients), evidence_sentence, provenance_rule, article_source, article_published, "
                     + "issues FROM read_parquet('" + out.resolve("events.parquet") + "') WHERE id = 'full-1#1'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, LocalDate.class)).isEqualTo(LocalDate.of(2025, 5, 16));
            assertThat(row.getString(2)).isEqualTo("day");
            assertThat(row.getString(3)).isEqualTo("Government of Russia");
            assertThat(row.getString(4)).isEqualTo("Government of Ukraine (UKR); Istanbul hosts (TUR)");
            assertThat(row.getInt(5)).isEqualTo(2);
            assertThat(row.getString(6)).isEqualTo(consult.evidence().sentence());
            assertThat(row.getString(7)).isEqualTo("consult.meet.subject-object");
            assertThat(row.getString(8)).isEqualTo("example.org");
            assertThat(row.getObject(9, LocalDate.class)).isEqualTo(LocalDate.of(2025, 5, 16));
            assertThat(row.getString(10)).isEqualTo("[peace_talks]");
        }
    }

    @Test
    void writesCsvAndJsonLinesThatDuckDbReadsWithTheSameCounts(@TempDir Path out) throws Exception {
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.JSONL)) {
            List<TableFile> files = WorkspaceExport.write(STORE, Selection.of(RUSSIA), format, WorkspaceExport.TABLES,
                    out.resolve(format.id()));
            try (Connection duck = duckdb()) {
                for (TableFile file : files) {
                    String from = format == ExportFormat.CSV ? "read_csv('" + file.file() + "', header = true)"
                            : "read_json('" + file.file() + "', format = 'newline_delimited')";
                    assertThat(count(duck, from)).as(format + " " + file.table()).isEqualTo(file.rows())
                            .isEqualTo(expected(file.table(), RUSSIA));
                }
            }
        }
        WorkspaceExport.write(STORE, Selection.of(RUSSIA), ExportFormat.PARQUET, WorkspaceExport.TABLES,
                out.resolve("parquet"));
        try (Connection duck = duckdb()) {
            // Every cell of the CSV is in its own column, nulls included: the CSV and the Parquet agree.
            for (String table : WorkspaceExport.TABLES) {
                String columns = String.join(", ", WorkspaceExport.table(table).columns().stream()
                        .filter(column -> column.type() instanceof parley.core.export.ColumnType.Scalar)
                        .map(column -> "CAST(\"" + column.name() + "\" AS VARCHAR)").toList());
                String csvRows = "SELECT " + columns + " FROM read_csv('" + out.resolve("csv/" + table + ".csv")
                        + "', header = true, all_varchar = true)";
                String parquetRows = "SELECT " + columns + " FROM '" + out.resolve("parquet/" + table + ".parquet") + "'";
                assertThat(count(duck, "((" + csvRows + ") EXCEPT ALL (" + parquetRows + "))")).as(table).isZero();
                assertThat(count(duck, "((" + parquetRows + ") EXCEPT ALL (" + csvRows + "))")).as(table).isZero();
            }
        }
        List<String> csv = Files.readAllLines(out.resolve("csv/events.csv"), StandardCharsets.UTF_8);
        assertThat(csv.getFirst()).startsWith("id,doc,type,mode,issues,actors,actors_text,");
        JsonNode line = Json.mapper().readTree(Files.readAllLines(out.resolve("jsonl/events.jsonl")).getFirst());
        assertThat(line.get("actors").get(0).get("code").asText()).isEqualTo("RUS");
    }

    @Test
    void writesEventsAsPloverRecordsWithThePloverFieldNames(@TempDir Path out) throws Exception {
        List<TableFile> files = WorkspaceExport.write(STORE, Selection.of(Filter.none()), ExportFormat.PLOVER_JSON,
                WorkspaceExport.TABLES, out);
        assertThat(files).extracting(TableFile::table).containsExactly("events");
        List<String> lines = Files.readAllLines(out.resolve("events.plover.jsonl"));
        assertThat(lines).hasSize((int) expected("events", Filter.none()));
        JsonNode consult = Json.mapper().readTree(lines.getFirst());
        assertThat(consult.get("id").asText()).isEqualTo("full-1#1");
        assertThat(consult.get("date").asText()).isEqualTo("2025-05-16");
        assertThat(consult.get("event").asText()).isEqualTo("CONSULT");
        assertThat(consult.get("mode").asText()).isEqualTo("meet");
        assertThat(consult.get("context").get(0).asText()).isEqualTo("peace_talks");
        assertThat(consult.get("src_actor").asText()).isEqualTo("RUS");
        assertThat(consult.get("src_agent").asText()).isEqualTo("GOV");
        assertThat(consult.get("tgt_actor").asText()).isEqualTo("UKR");
        assertThat(consult.get("source").asText()).isEqualTo("example.org");
        assertThat(consult.get("provenance").get("rule").asText()).isEqualTo("consult.meet.subject-object");
        JsonNode week = Json.mapper().readTree(lines.get(1));
        assertThat(week.get("date").isNull()).isTrue();
        assertThat(week.get("date_iso").asText()).isEqualTo("2025-W20");
        assertThat(week.get("date_precision").asText()).isEqualTo("week");
        try (Connection duck = duckdb()) {
            assertThat(count(duck, "read_json('" + out.resolve("events.plover.jsonl") + "', format = 'newline_delimited')"))
                    .isEqualTo(lines.size());
        }
    }

    @Test
    void exportsWhatAPageShowsTheTimelineAndTheLatestPositions(@TempDir Path out) throws Exception {
        Selection timeline = new Selection(Filter.none(), true, Set.of("RUS", "UKR"), false, null);
        TableFile incidents = WorkspaceExport.write(STORE, timeline, ExportFormat.CSV, "incidents", out.resolve("t.csv"));
        List<Incident> shown = Page.collect((after, limit) -> STORE.timeline(Filter.none(), Set.of("RUS", "UKR"), after,
                limit), 0);
        assertThat(incidents.rows()).isPositive().isEqualTo(shown.size());

        LocalDate asOf = LocalDate.of(2025, 3, 20);
        Selection latest = new Selection(Filter.none(), false, Set.of(), true, asOf);
        TableFile positions = WorkspaceExport.write(STORE, latest, ExportFormat.PARQUET, "positions",
                out.resolve("p.parquet"));
        List<Position> heatmap = Page.collect((after, limit) -> PositionTracker.latest(STORE, Filter.none(), asOf,
                PositionTracker.keyAfter(after), limit), 0);
        assertThat(positions.rows()).isPositive().isEqualTo(heatmap.size());
    }

    @Test
    void quotesAreNotExportedWhenATypeIsAskedForAsTheFilterSays(@TempDir Path out) throws Exception {
        TableFile quotes = WorkspaceExport.write(STORE, Selection.of(Filter.none().withTypes(Set.of(EventType.AGREE))),
                ExportFormat.CSV, "quotes", out.resolve("q.csv"));
        assertThat(quotes.rows()).isZero();
        assertThat(Files.readAllLines(quotes.file())).hasSize(1);
        List<Quote> all = Page.collect((after, limit) -> STORE.quotes(Filter.none(), after, limit), 0);
        assertThat(all).isNotEmpty();
    }

    @Test
    void aFailedExportNamesTheProblemAndLeavesNoFileBehind(@TempDir Path out) throws IOException {
        Path blocked = out.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        assertThatThrownBy(() -> WorkspaceExport.write(STORE, Selection.of(Filter.none()), ExportFormat.CSV,
                WorkspaceExport.TABLES, blocked)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> WorkspaceExport.write(STORE, Selection.of(Filter.none()), ExportFormat.PLOVER_JSON,
                "quotes", out.resolve("q.json"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only the events");
        assertThatThrownBy(() -> WorkspaceExport.table("actors")).hasMessageContaining("unknown table 'actors'");
        assertThatThrownBy(() -> ExportFormat.of("xlsx")).hasMessageContaining("plover-json");
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("blocked");
        }
    }
}
