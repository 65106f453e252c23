package parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.store.EventStore;
import parley.search.SearchIndex;

/** A store that breaks: the client gets a JSON 500 that says what kind of failure, and no stack trace. */
class FailureTest {
    /** Every call fails, as a corrupt database file would. */
    private static EventStore brokenStore() {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    throw new IllegalStateException("disk says no at /secret/path/parley.mv.db");
                });
    }

    @Test
    void answersAFailingStoreWithJson500WithoutAStackTrace() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            ParleyServer server = new ParleyServer(brokenStore(), index, ServerConfig.readOnly());
            Http http = new Http(server.start(0));
            try {
                for (String path : List.of("/api/events", "/api/incidents", "/api/articles/x", "/api/status",
                        "/api/positions", "/api/timeline", "/api/network", "/api/actors")) {
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
