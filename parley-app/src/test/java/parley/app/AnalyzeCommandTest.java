package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.store.JdbcEventStore;

/** {@code parley analyze} on the bundled samples, end to end with the real models. */
@Tag("corenlp")
class AnalyzeCommandTest {
    @TempDir
    Path temp;

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void analyzesSamplesOnceAndQueriesTheWorkspace() throws Exception {
        String data = temp.resolve("ws").toString();
        String cache = temp.resolve("cache").toString();
        Files.writeString(temp.resolve("empty.txt"), "");
        CommandLineTest.Run first = CommandLineTest.run("analyze", "--quiet", "--data", data, "--cache", cache,
                SAMPLES.toString(), temp.resolve("empty.txt").toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Read 5 articles", "Events by type", "Timeline", "Positions")
                .contains("skipped").contains("empty");
        long events;
        try (JdbcEventStore store = JdbcEventStore.open(Path.of(data))) {
            events = store.summary().events();
            assertThat(store.summary().articles()).isEqualTo(5);
            assertThat(events).isGreaterThan(10);
            assertThat(store.skipped()).anySatisfy(s -> assertThat(s.reason()).isEqualTo("empty"));
        }

        CommandLineTest.Run again = CommandLineTest.run("analyze", "--quiet", "--data", data, "--cache", cache,
                SAMPLES.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 new", "5 already in the workspace");
        try (JdbcEventStore store = JdbcEventStore.open(Path.of(data))) {
            assertThat(store.summary().events()).isEqualTo(events);
        }

        CommandLineTest.Run rejects = CommandLineTest.run("events", "--data", data, "--type", "REJECT",
                "--format", "jsonl");
        assertThat(rejects.exit()).isZero();
        assertThat(rejects.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"type\":\"REJECT\""));

        CommandLineTest.Run timeline = CommandLineTest.run("timeline", "--data", data, "--actor", "RUS", "--format", "csv");
        assertThat(timeline.exit()).isZero();
        assertThat(timeline.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id,doc,date,type"));

        CommandLineTest.Run positions = CommandLineTest.run("positions", "--data", data, "--issue", "ceasefire");
        assertThat(positions.exit()).isZero();
        assertThat(positions.out()).contains("ceasefire");

        CommandLineTest.Run quotes = CommandLineTest.run("quotes", "--data", data);
        assertThat(quotes.exit()).isZero();
        assertThat(quotes.out()).contains("quotes");
    }
}
