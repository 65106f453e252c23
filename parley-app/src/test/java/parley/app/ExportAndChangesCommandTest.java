package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.json.Json;
import parley.server.SampleWorkspace;
import parley.store.JdbcEventStore;

/** {@code parley export} and {@code parley changes} on the hand-coded sample workspace. */
class ExportAndChangesCommandTest {
    @TempDir
    static Path temp;

    private static String data;

    @BeforeAll
    static void fill() {
        Path folder = temp.resolve("ws");
        try (JdbcEventStore store = JdbcEventStore.open(folder)) {
            SampleWorkspace.fill(store);
        }
        data = folder.toString();
    }

    private static long count(Connection duck, String sql) throws SQLException {
        try (Statement statement = duck.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void exportsTheFilteredTablesAsParquetWithTheCountsOfTheQueryCommands() throws Exception {
        Path out = temp.resolve("parquet");
        CommandLineTest.Run run = CommandLineTest.run("export", "--data", data, "--format", "parquet", "--out",
                out.toString(), "--actor", "RUS");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("events", "incidents", "quotes", "positions");
        long events = CommandLineTest.run("events", "--data", data, "--actor", "RUS", "--format", "jsonl").out()
                .lines().count();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(count(duck, "SELECT count(*) FROM '" + out.resolve("events.parquet") + "'")).isEqualTo(events)
                    .isPositive();
            assertThat(count(duck, "SELECT count(*) FROM '" + out.resolve("events.parquet")
                    + "' WHERE NOT list_contains(list_transform(actors, lambda a: a.code), 'RUS')")).isZero();
            assertThat(count(duck, "SELECT count(*) FROM '" + out.resolve("quotes.parquet") + "'")).isEqualTo(1);
            assertThat(count(duck, "SELECT count(*) FROM (DESCRIBE SELECT * FROM '" + out.resolve("events.parquet")
                    + "') WHERE column_name = 'date' AND column_type = 'DATE'")).isEqualTo(1);
        }
    }

    @Test
    void exportsOnlyTheEventsAsPloverJson() throws Exception {
        Path out = temp.resolve("plover");
        CommandLineTest.Run run = CommandLineTest.run("export", "--data", data, "--format", "plover-json", "--out",
                out.toString(), "--type", "REJECT");
        assertThat(run.exit()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("events.plover.jsonl");
        }
        List<String> lines = Files.readAllLines(out.resolve("events.plover.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode first = Json.mapper().readTree(lines.getFirst());
        assertThat(first.get("event").asText()).isEqualTo("REJECT");
        assertThat(first.get("src_actor").asText()).isEqualTo("RUS");
    }

    @Test
    void namesABadFormatOrTable() {
        CommandLineTest.Run format = CommandLineTest.run("export", "--data", data, "--format", "xls", "--out",
                temp.resolve("x").toString());
        assertThat(format.exit()).isEqualTo(1);
        assertThat(format.err()).contains("xls").contains("parquet").doesNotContain("Exception");
        CommandLineTest.Run table = CommandLineTest.run("export", "--data", data, "--format", "csv", "--out",
                temp.resolve("y").toString(), "--tables", "articles");
        assertThat(table.exit()).isEqualTo(1);
        assertThat(table.err()).contains("articles");
    }

    @Test
    void listsTheChangesOfStanceOfAnActorOnAnIssue() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("changes", "--data", data, "--actor", "RUS", "--issue",
                "ceasefire", "--format", "jsonl");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode change = Json.mapper().readTree(lines.getFirst());
        assertThat(change.get("from").asText()).isEqualTo("against");
        assertThat(change.get("to").asText()).isEqualTo("for");
        assertThat(change.get("to_date").asText()).isEqualTo("2025-03-18");
        assertThat(change.get("outlets").asText()).isEqualTo("interfax.example");
        assertThat(change.get("evidence").asText()).contains("Russia accepted the US ceasefire proposal");
        CommandLineTest.Run table = CommandLineTest.run("changes", "--data", data, "--issue", "prisoners");
        assertThat(table.out()).contains("0 changes of stance");
        CommandLineTest.Run type = CommandLineTest.run("changes", "--data", data, "--type", "AGREE");
        assertThat(type.exit()).isEqualTo(1);
        assertThat(type.err()).contains("--type");
    }
}
