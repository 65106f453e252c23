package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import parley.core.corroboration.Corroboration;
import parley.core.corroboration.Corroborator;
import parley.core.store.EventStore;
import parley.core.store.MixedReports;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.core.store.EventStoreContract;
import parley.core.store.Filter;
import parley.core.store.SampleArticles;

/** The store's contract on a real PostgreSQL server (skipped without one, except in CI). */
class PostgresEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore openStore() {
        return JdbcEventStore.connect(TestDatabases.emptyPostgres());
    }

    @Test
    void mergesIncidentsExactlyWhenTwoStoresSaveAtOnce() throws Exception {
        List<CodedArticle> generated = MixedReports.articles(160, 41L);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (JdbcEventStore second = JdbcEventStore.connect(TestDatabases.postgresUrl())) {
            List<EventStore> stores = List.of(store, second);
            List<Future<Integer>> writers = IntStream.range(0, 2).mapToObj(writer -> pool.submit(() -> {
                // The two writers go through the articles from opposite ends and meet in the middle.
                int saved = 0;
                for (int i = 0; i < generated.size(); i++) {
                    saved += stores.get(writer).save(generated.get(writer == 0 ? i : generated.size() - 1 - i)) ? 1 : 0;
                }
                return saved;
            })).toList();
            for (Future<Integer> writer : writers) {
                writer.get();
            }
            List<Event> events = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            generated.forEach(coded -> {
                events.addAll(coded.events());
                articles.add(coded.article());
            });
            Corroboration expected = Corroborator.corroborate(events, articles, Map.of());
            assertThat(Page.collect((after, limit) -> second.incidents(Filter.none(), after, limit), 0))
                    .isEqualTo(expected.incidents());
            assertThat(Page.collect((after, limit) -> store.contradictions(Filter.none(), after, limit), 0))
                    .isEqualTo(expected.contradictions());
            assertThat(store.summary().incidents()).isEqualTo(expected.incidents().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savesEachArticleOnceWhenTwoStoresRaceOnTheSameIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (JdbcEventStore second = JdbcEventStore.connect(TestDatabases.postgresUrl())) {
            List<EventStore> stores = List.of(store, second);
            List<Future<Long>> saved = IntStream.range(0, 2).mapToObj(writer -> pool.submit(() ->
                    IntStream.range(0, 40).filter(i -> stores.get(writer).save(SampleArticles.full("t" + i))).count()))
                    .toList();
            long total = 0;
            for (Future<Long> count : saved) {
                total += count.get();
            }
            assertThat(total).isEqualTo(40);
            assertThat(store.summary().articles()).isEqualTo(40);
            assertThat(EventStoreContract.all(second, Filter.none())).hasSize(80);
        } finally {
            pool.shutdownNow();
        }
    }
}
