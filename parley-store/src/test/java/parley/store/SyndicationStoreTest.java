package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.store.SampleArticles;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.core.store.Syndication;
import parley.model.Article;

class SyndicationStoreTest {
    @TempDir
    Path workspace;

    private static Syndication copy(String canonical, String copyId, Syndication.Kind kind, double similarity) {
        return new Syndication(canonical, copyId, "crawl.warc.gz#record-" + copyId.length(),
                "https://example.org/" + copyId, "Example Daily", similarity, kind);
    }

    @Test
    void recordsEachCopyOnceAndMapsItToTheStoredArticle() {
        try (JdbcEventStore store = JdbcEventStore.open(workspace.resolve("data"))) {
            store.save(SampleArticles.full("wire-1"));
            store.save(SampleArticles.full("wire-2"));
            Syndication exact = copy("wire-1", "site-a-1", Syndication.Kind.EXACT, 1.0);
            Syndication near = copy("wire-1", "site-b-1", Syndication.Kind.NEAR, 0.71);
            Syndication other = copy("wire-2", "site-a-2", Syndication.Kind.NEAR, 0.5);

            assertThat(store.recordSyndication(exact)).isTrue();
            assertThat(store.recordSyndication(near)).isTrue();
            assertThat(store.recordSyndication(other)).isTrue();
            assertThat(store.recordSyndication(exact)).as("again").isFalse();
            assertThat(store.recordSyndication(copy("wire-2", "site-b-1", Syndication.Kind.NEAR, 0.6)))
                    .as("the same copy against another article").isFalse();

            assertThat(store.syndications()).containsExactly(exact, near, other);
            assertThat(store.summary().syndications()).isEqualTo(3);
            assertThat(store.summary().articles()).as("copies are not articles").isEqualTo(2);
        }
    }

    @Test
    void keepsCopiesAcrossReopening() {
        Syndication near = copy("wire-1", "site-b-1", Syndication.Kind.NEAR, 0.71);
        try (JdbcEventStore store = JdbcEventStore.open(workspace.resolve("data"))) {
            store.save(SampleArticles.full("wire-1"));
            store.recordSyndication(near);
        }
        try (JdbcEventStore store = JdbcEventStore.open(workspace.resolve("data"))) {
            assertThat(store.syndications()).containsExactly(near);
            assertThat(store.recordSyndication(near)).isFalse();
            assertThat(store.summary().syndications()).isEqualTo(1);
        }
    }

    @Test
    void refusesACopyOfAnArticleThatIsNotStored() {
        try (JdbcEventStore store = JdbcEventStore.open(workspace.resolve("data"))) {
            assertThatThrownBy(() -> store.recordSyndication(copy("nowhere-9", "site-a-9", Syndication.Kind.EXACT, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nowhere-9").hasMessageContaining("site-a-9");
            assertThat(store.syndications()).isEmpty();
        }
    }

    @Test
    void validatesSyndicationValues() {
        assertThatThrownBy(() -> copy("a", "a", Syndication.Kind.EXACT, 1)).hasMessageContaining("not a copy of itself");
        assertThatThrownBy(() -> copy("a", "b", Syndication.Kind.NEAR, 1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> copy("a", " ", Syndication.Kind.NEAR, 0.5)).hasMessageContaining("copy id");
        assertThatThrownBy(() -> copy("a", "b", null, 0.5)).hasMessageContaining("kind");
        assertThatThrownBy(() -> Syndication.Kind.of("fuzzy")).hasMessageContaining("fuzzy");
        assertThat(Syndication.Kind.of("near")).isEqualTo(Syndication.Kind.NEAR);
    }

    @Test
    void takesOriginUrlAndSourceFromTheCopy() {
        Article copy = new Article("site-c-4", "https://c.example/4", "C Times", null, null, "Text.", "en",
                "feeds/c.xml#item-4", List.of());
        assertThat(Syndication.of(copy, "wire-4", Syndication.Kind.NEAR, 0.9))
                .isEqualTo(new Syndication("wire-4", "site-c-4", "feeds/c.xml#item-4", "https://c.example/4", "C Times",
                        0.9, Syndication.Kind.NEAR));
    }

    @Test
    void upgradesAWorkspaceMadeBeforeSyndicationsWithoutLosingArticles() throws Exception {
        Path data = workspace.resolve("old");
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve(JdbcEventStore.DATABASE_NAME);
        // A version-1 workspace with one article, as an earlier Parley left it.
        Flyway.configure().dataSource(url, "parley", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection raw = DriverManager.getConnection(url, "parley", "")) {
            raw.createStatement().executeUpdate("INSERT INTO articles (id, text, furniture, text_hash, stored_at) "
                    + "VALUES ('kept-1', 'Talks resumed.', '[]', '" + "0".repeat(64) + "', CURRENT_TIMESTAMP)");
            assertThat(raw.getMetaData().getTables(null, null, "SYNDICATIONS", null).next()).isFalse();
        }
        try (JdbcEventStore store = JdbcEventStore.open(data)) {
            assertThat(Page.collect((after, limit) -> store.articles(Filter.none(), after, limit), 0)).extracting(parley.core.store.ArticleSummary::id).containsExactly("kept-1");
            assertThat(store.recordSyndication(copy("kept-1", "site-a-1", Syndication.Kind.EXACT, 1))).isTrue();
            assertThat(store.syndications()).extracting(Syndication::copyId).containsExactly("site-a-1");
        }
    }

    @Test
    void streamsEveryArticleInStoredOrder() {
        try (JdbcEventStore store = JdbcEventStore.open(workspace.resolve("data"))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                ids.add("streamed-" + i);
                store.save(SampleArticles.full("streamed-" + i));
            }
            List<Article> seen = new ArrayList<>();
            store.forEachArticle(seen::add);
            assertThat(seen).extracting(Article::id).containsExactlyElementsOf(ids);
            assertThat(seen.get(7)).isEqualTo(SampleArticles.full("streamed-7").article());
        }
    }
}
