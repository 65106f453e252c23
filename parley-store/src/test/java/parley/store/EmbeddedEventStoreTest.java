package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.core.store.EventStore;
import parley.core.store.EventStoreContract;
import parley.core.store.SampleArticles;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;
import parley.model.SkippedInput;

class EmbeddedEventStoreTest extends EventStoreContract {
    @TempDir
    Path workspace;

    @Override
    protected EventStore openStore() {
        return JdbcEventStore.open(workspace.resolve("data"));
    }

    @Test
    void createsTheDataFolderWithOneDatabaseFileAtTheLatestSchemaVersion() throws Exception {
        Path data = workspace.resolve("new/nested/data");

        try (JdbcEventStore opened = JdbcEventStore.open(data)) {
            assertThat(opened.describe()).isEqualTo("the workspace " + data.toAbsolutePath());
        }

        assertThat(data.resolve("parley.mv.db")).isRegularFile();
        try (Connection raw = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("parley"), "parley", "");
             ResultSet versions = raw.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL' "
                             + "ORDER BY \"installed_rank\"")) {
            List<String> applied = new ArrayList<>();
            while (versions.next()) {
                applied.add(versions.getString(1));
            }
            assertThat(applied).containsExactly("1", "2", "3");
        }
    }

    @Test
    void keepsEverythingAfterClosingAndReopening() {
        CodedArticle full = SampleArticles.full("kept-1");
        store.save(full);
        store.recordSkipped(new SkippedInput("in/blank.txt", "empty", "No text."));
        store.close();

        try (JdbcEventStore reopened = JdbcEventStore.open(workspace.resolve("data"))) {
            assertThat(reopened.article(full.article().id())).contains(full.article());
            assertThat(reopened.summary().articles()).isEqualTo(1);
            assertThat(EventStoreContract.all(reopened, Filter.none())).isEqualTo(full.events());
            assertThat(Page.collect((after, limit) -> reopened.quotes(Filter.none(), after, limit), 0)).isEqualTo(full.quotes());
            assertThat(reopened.skipped()).containsExactly(new SkippedInput("in/blank.txt", "empty", "No text."));
            assertThat(reopened.save(full)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"second event", "last recipient", "last quote"})
    void leavesNothingOfAnArticleWhoseSaveFailsHalfway(String failingRow) throws Exception {
        refuseRowsMarkedToFail();
        CodedArticle full = SampleArticles.full("half");
        CodedArticle failing = switch (failingRow) {
            case "second event" -> new CodedArticle(full.article(),
                    List.of(full.events().get(0), withMode(full.events().get(1), FailingInsertTrigger.MARKER)),
                    full.quotes());
            case "last recipient" -> new CodedArticle(full.article(), List.of(full.events().get(0),
                    withMarkedRecipient(full.events().get(1))), full.quotes());
            default -> new CodedArticle(full.article(), full.events(), List.of(full.quotes().get(0),
                    new Quote("half", "Someone", "RUS", FailingInsertTrigger.MARKER, null, 0, 1)));
        };
        store.save(SampleArticles.full("before"));

        assertThatThrownBy(() -> store.save(failing))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("article half")
                .hasMessageContaining("test trigger refuses");

        assertThat(store.contains("half")).isFalse();
        assertThat(Page.collect((after, limit) -> store.articles(Filter.none(), after, limit), 0)).extracting(parley.core.store.ArticleSummary::id).containsExactly("before");
        assertThat(EventStoreContract.all(store, Filter.none())).extracting(Event::doc).containsOnly("before");
        assertThat(Page.collect((after, limit) -> store.quotes(Filter.none(), after, limit), 0)).extracting(Quote::doc).containsOnly("before");
        assertThat(counts(store.summary())).isEqualTo(List.of(1L, 2L, 1L, 0L));
        // The store is still usable, and the same article saves once it is well-formed.
        assertThat(store.save(full)).isTrue();
        assertThat(EventStoreContract.all(store, Filter.none())).hasSize(4).endsWith(full.events().toArray(Event[]::new));
    }

    private void refuseRowsMarkedToFail() throws Exception {
        // A second connection in this JVM reaches the same open database.
        try (Connection raw = DriverManager.getConnection(
                "jdbc:h2:file:" + workspace.resolve("data/parley").toAbsolutePath(), "parley", "")) {
            for (String table : List.of("events", "event_actors", "quotes")) {
                raw.createStatement().execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table
                        + " FOR EACH ROW CALL \"" + FailingInsertTrigger.class.getName() + "\"");
            }
        }
    }

    private static Event withMode(Event e, String mode) {
        return new Event(e.id(), e.doc(), e.type(), mode, e.issues(), e.actor(), e.recipient(), e.date(),
                e.dateText(), e.aux(), e.location(), e.evidence(), e.quote(), e.confidence(), e.provenance());
    }

    private static Event withMarkedRecipient(Event e) {
        List<ActorRef> recipients = List.of(new ActorRef("Kyiv", null, "UKR", null),
                new ActorRef("Moscow", null, "RUS", FailingInsertTrigger.MARKER));
        return new Event(e.id(), e.doc(), e.type(), e.mode(), e.issues(), e.actor(), recipients, e.date(),
                e.dateText(), e.aux(), e.location(), e.evidence(), e.quote(), e.confidence(), e.provenance());
    }

    @Test
    void countsArticlesEventsQuotesAndSkippedInputs() {
        store.save(SampleArticles.full("a"));
        store.save(SampleArticles.full("b"));
        store.save(SampleArticles.coded("c", List.of(), List.of()));
        store.recordSkipped(new SkippedInput("x.bin", "binary", null));

        assertThat(counts(store.summary())).isEqualTo(List.of(3L, 4L, 2L, 1L));
    }

    @Test
    void savesEachArticleOnceWhenThreadsRaceOnTheSameIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> saved = IntStream.range(0, 4).mapToObj(thread -> pool.submit(() ->
                    IntStream.range(0, 60).filter(i -> store.save(SampleArticles.full("t" + i))).count())).toList();
            long total = 0;
            for (Future<Long> count : saved) {
                total += count.get();
            }
            assertThat(total).isEqualTo(60);
            assertThat(counts(store.summary())).isEqualTo(List.of(60L, 120L, 60L, 0L));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void matchesActorCodesOfTheActorRoleAcrossManyArticles() {
        for (int i = 0; i < 50; i++) {
            String doc = "n" + i;
            store.save(SampleArticles.coded(doc, List.of(
                    SampleArticles.event(doc, 1, EventType.CONSULT, List.of(i % 2 == 0 ? "RUS" : "UKR", ">TUR"), null)),
                    List.of()));
        }

        assertThat(EventStoreContract.all(store, Filter.none().withActors(Set.of("RUS")))).hasSize(25);
        assertThat(EventStoreContract.all(store, Filter.none().withActors(Set.of("TUR")))).isEmpty();
    }

    private static List<Long> counts(parley.core.store.WorkspaceSummary summary) {
        return List.of(summary.articles(), summary.events(), summary.quotes(), summary.skipped());
    }

    @Test
    void releasesTheDatabaseFileBeforeCloseReturns() throws Exception {
        store.save(SampleArticles.full("released-1"));
        store.close();

        // H2 holds a file lock while the database is open: taking it here fails until H2 has closed it.
        try (FileChannel file = FileChannel.open(workspace.resolve("data/parley.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileLock lock = file.tryLock()) {
            assertThat(lock).as("the file lock is free").isNotNull();
        }
        try (JdbcEventStore reopened = JdbcEventStore.open(workspace.resolve("data"))) {
            assertThat(reopened.contains("released-1")).isTrue();
        }
    }

    @Test
    void refusesCallsAfterClose() {
        store.close();
        store.close();

        assertThatThrownBy(() -> store.contains("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void rejectsADataFolderThatWouldBreakTheDatabaseUrl() {
        assertThatThrownBy(() -> JdbcEventStore.open(workspace.resolve("a;MODE=MySQL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a;MODE=MySQL");
    }

    @Test
    void reportsADataFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(workspace.resolve("plain-file"), "not a folder");

        assertThatThrownBy(() -> JdbcEventStore.open(file.resolve("data")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the data folder");
    }
}
