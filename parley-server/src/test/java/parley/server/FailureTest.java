package parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.store.EventQuery;
import parley.core.store.EventStore;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.search.SearchIndex;

/** A store that breaks: the client gets a JSON 500 that says what kind of failure, and no stack trace. */
class FailureTest {
    /** Every read fails, as a corrupt database file would. */
    private static final class BrokenStore implements EventStore {
        private static RuntimeException broken() {
            return new IllegalStateException("disk says no at /secret/path/parley.mv.db");
        }

        @Override
        public boolean contains(String articleId) {
            throw broken();
        }

        @Override
        public boolean save(CodedArticle coded) {
            throw broken();
        }

        @Override
        public void recordSkipped(SkippedInput skipped) {
            throw broken();
        }

        @Override
        public Optional<Article> article(String id) {
            throw broken();
        }

        @Override
        public List<Article> articles() {
            throw broken();
        }

        @Override
        public List<Event> events(EventQuery query) {
            throw broken();
        }

        @Override
        public List<Quote> quotes(EventQuery query) {
            throw broken();
        }

        @Override
        public List<SkippedInput> skipped() {
            throw broken();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void answersAFailingStoreWithJson500WithoutAStackTrace() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            ParleyServer server = new ParleyServer(new BrokenStore(), index, ServerConfig.readOnly());
            Http http = new Http(server.start(0));
            try {
                for (String path : List.of("/api/events", "/api/incidents", "/api/articles/x", "/api/status")) {
                    Http.Answer answer = http.get(path);
                    assertThat(answer.status()).as(path).isEqualTo(500);
                    assertThat(answer.contentType()).startsWith("application/json");
                    assertThat(answer.json().get("error").asText()).contains("internal error");
                    assertThat(answer.body()).doesNotContain("at parley.", "/secret/path", "Exception:");
                }
            } finally {
                server.stop();
            }
        }
    }
}
