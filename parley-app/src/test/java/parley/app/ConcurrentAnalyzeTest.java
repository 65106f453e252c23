package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.core.store.Syndication;
import parley.model.Article;
import parley.model.Event;
import parley.model.SkippedInput;
import parley.store.JdbcEventStore;
import parley.store.TestDatabases;

/**
 * Two {@code parley analyze} processes write the same input into one PostgreSQL workspace at once;
 * one of them is killed with SIGKILL in mid-run and started again. At the end every article must
 * be stored once with all its events and quotes, every copy and skip recorded once, and the
 * incidents those of corroborating every stored event at once: the same workspace as one
 * uninterrupted run into an embedded workspace. Skipped without a PostgreSQL server, except in CI.
 */
class ConcurrentAnalyzeTest {
    private static final int ORIGINALS = 300;

    @TempDir
    Path temp;

    @Test
    void storesEveryArticleOnceWhenTwoAnalyzeRunsShareADatabaseAndOneIsKilled() throws Exception {
        String db = TestDatabases.emptyPostgres();
        Path input = temp.resolve("stream.jsonl");
        GeneratedNews.Expected expected = GeneratedNews.write(input, ORIGINALS, 20251207L);
        Path reference = temp.resolve("reference");
        ParleyProcess.Result once = ParleyProcess.run(temp.resolve("reference.out"), "analyze", "--quiet", "--no-cache",
                "--data", reference.toString(), input.toString());
        assertThat(once.exit()).as(once.err()).isZero();

        String[] shared = {"analyze", "--progress", "lines", "--threads", "1", "--no-cache", "--db", db,
                "--data", temp.resolve("local").toString(), input.toString()};
        ParleyProcess first = ParleyProcess.start(temp.resolve("first.out"), shared);
        awaitStored(first, 10);
        // The second run starts behind, passes over what the first stored, and from then on the two
        // race for the same articles.
        ParleyProcess second = ParleyProcess.start(temp.resolve("second.out"), shared);
        awaitStored(first, 30);
        TimeUnit.MILLISECONDS.sleep(new java.util.Random().nextInt(20));
        assertThat(first.process.isAlive()).as("the first run is still writing when killed").isTrue();
        first.process.destroyForcibly();
        assertThat(first.waitFor()).as("killed, not finished").isNotZero();
        ParleyProcess again = ParleyProcess.start(temp.resolve("again.out"), shared);
        assertThat(second.waitFor()).as(second.err()).isZero();
        assertThat(again.waitFor()).as(again.err()).isZero();

        Contents whole;
        try (JdbcEventStore store = JdbcEventStore.open(reference)) {
            whole = Contents.of(store);
        }
        Contents shared1;
        try (JdbcEventStore store = JdbcEventStore.connect(db)) {
            shared1 = Contents.of(store);
            List<Event> events = Page.collect((after, limit) -> store.events(Filter.none(), after, limit), 0);
            List<Article> articles = new ArrayList<>();
            store.forEachArticle(articles::add);
            assertThat(Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0))
                    .as("the incidents of all stored events, whatever order the two runs stored them in")
                    .isEqualTo(Corroborator.incidents(events, articles, Map.of()));
        }
        assertThat(shared1.articleIds()).as("every article once").hasSize(ORIGINALS)
                .containsExactlyInAnyOrderElementsOf(expected.originals());
        assertThat(shared1).isEqualTo(whole);
        System.out.printf("two runs, one killed after 30 stores: %d articles, %d events, %d incidents, %d copies, "
                        + "%d skips, as one run into an embedded workspace%n", shared1.articleIds().size(),
                shared1.events().values().stream().mapToInt(List::size).sum(), shared1.incidents().size(), shared1.copies().size(), shared1.skips().size());
    }

    private static void awaitStored(ParleyProcess run, int count) throws InterruptedException {
        for (int line = 0; line < count; ) {
            if (run.nextErrLine().startsWith("stored ")) {
                line++;
            }
        }
    }

    /** What a workspace holds, in an order that does not depend on which writer stored what first. */
    record Contents(List<String> articleIds, Map<String, List<Event>> events, Set<Incident> incidents,
                    Set<Syndication> copies, Set<SkippedInput> skips) {
        static Contents of(EventStore store) {
            List<String> ids = new ArrayList<>();
            Map<String, List<Event>> events = new TreeMap<>();
            store.forEachCoded(0, stored -> {
                ids.add(stored.coded().article().id());
                events.put(stored.coded().article().id(), stored.coded().events());
            });
            ids.sort(String::compareTo);
            Set<Syndication> copies = new HashSet<>();
            // The order, the origin and kind of a copy found by either run are the same; its id and original too.
            copies.addAll(store.syndications());
            return new Contents(ids, events,
                    new HashSet<>(Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0)),
                    copies, new HashSet<>(store.skipped()));
        }
    }
}
