package parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.search.SearchIndex;
import parley.store.JdbcEventStore;

/** POST /api/articles: the token, the body formats, coding, storing and indexing. */
class IngestTest {
    private static final String TOKEN = "s3cret-token";
    private static final String RECORD = "{\"id\": \"post-1\", \"source\": \"example.org\", \"published\": \"2025-06-02\","
            + " \"title\": \"Talks resume\", \"text\": \"Talks resume\\n\\nUkraine agreed to a new round of talks in Istanbul."
            + " Officials gave no date.\"}";

    @TempDir
    Path temp;

    private JdbcEventStore store;
    private SearchIndex index;
    private ParleyServer server;
    private final FakeCoder fake = new FakeCoder();

    private Http start(ServerConfig config) {
        store = JdbcEventStore.open(temp.resolve("ws"));
        index = SearchIndex.inMemory();
        server = new ParleyServer(store, index, config);
        return new Http(server.start(0));
    }

    @AfterEach
    void stop() {
        server.stop();
        index.close();
        store.close();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    @Test
    void refusesIngestOnAReadOnlyServer() {
        Http http = start(ServerConfig.readOnly());
        Http.Answer answer = http.post("/api/articles", RECORD, bearer(TOKEN));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).contains("read-only");
        assertThat(store.summary().articles()).isZero();
    }

    @Test
    void asksForATokenAndRefusesAWrongOne() {
        Http http = start(ServerConfig.withIngest(TOKEN, fake::coder));
        Http.Answer none = http.post("/api/articles", RECORD, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.json().get("parameter").asText()).isEqualTo("Authorization");
        Http.Answer wrong = http.post("/api/articles", RECORD, bearer("guess"));
        assertThat(wrong.status()).isEqualTo(403);
        Http.Answer basic = http.post("/api/articles", RECORD, Map.of("Authorization", "Basic dXNlcjpwYXNz"));
        assertThat(basic.status()).isEqualTo(401);
        assertThat(fake.coded.get()).isZero();
        assertThat(store.summary().articles()).isZero();
    }

    @Test
    void codesStoresAndIndexesAnArticleSentWithTheToken() {
        Http http = start(ServerConfig.withIngest(TOKEN, fake::coder));
        Http.Answer answer = http.post("/api/articles", RECORD, bearer(TOKEN));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode result = answer.json();
        assertThat(result.get("stored").get(0).asText()).isEqualTo("post-1");
        assertThat(result.get("events").asInt()).isEqualTo(1);

        JsonNode article = http.get("/api/articles/post-1").json();
        assertThat(article.get("source").asText()).isEqualTo("example.org");
        assertThat(article.get("events").get(0).get("type").asText()).isEqualTo("AGREE");
        assertThat(http.get("/api/events?actor=UKR").json().get("items")).hasSize(1);
        assertThat(http.get("/api/search?q=istanbul").json().get("items").get(0).get("article_id").asText())
                .isEqualTo("post-1");
        assertThat(http.get("/api/status").json().get("articles").asInt()).isEqualTo(1);

        Http.Answer again = http.post("/api/articles", RECORD, bearer(TOKEN));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("already_stored").get(0).asText()).isEqualTo("post-1");
        assertThat(fake.coded.get()).isEqualTo(1);
    }

    @Test
    void storesTheGoodLinesOfJsonLinesAndReportsTheBadOnes() {
        Http http = start(ServerConfig.withIngest(TOKEN, fake::coder));
        String lines = "{\"id\": \"a\", \"published\": \"2025-06-03\", \"text\": \"Russia rejected the proposal.\"}\n"
                + "this is not json\n"
                + "{\"id\": \"b\", \"text\": \"Israel agreed to the plan.\"}\n"
                + "{\"id\": \"c\", \"text\": \"FAIL this one.\"}\n"
                + "{\"id\": \"d\"}\n";
        Http.Answer answer = http.post("/api/articles", lines, Map.of("Authorization", "Bearer " + TOKEN,
                "Content-Type", "application/x-ndjson"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode result = answer.json();
        assertThat(result.get("stored").toString()).as(answer.body()).isEqualTo("[\"a\",\"b\"]");
        assertThat(result.get("skipped").toString()).contains("bad-json", "POST /api/articles#2", "coding-failed",
                "missing-text");
        assertThat(store.skipped()).extracting(s -> s.reason()).contains("bad-json", "coding-failed", "missing-text");
        assertThat(http.get("/api/events?type=REJECT&actor=RUS").json().get("items")).hasSize(1);
    }

    @Test
    void acceptsAJsonArrayOfRecords() {
        Http http = start(ServerConfig.withIngest(TOKEN, fake::coder));
        Http.Answer answer = http.post("/api/articles", "[{\"id\": \"x\", \"text\": \"Ukraine agreed.\"},"
                + " {\"id\": \"y\", \"text\": \"Russia rejected it.\"}]", bearer(TOKEN));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("stored")).hasSize(2);
    }

    @Test
    void answersAnUnreadableBodyWith400() {
        Http http = start(ServerConfig.withIngest(TOKEN, fake::coder));
        for (String body : new String[] {"", "   ", "{\"id\": \"no-text\"}", "not json at all", "[1, 2]"}) {
            Http.Answer answer = http.post("/api/articles", body, bearer(TOKEN));
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("parameter").asText()).as(body).isEqualTo("body");
        }
        assertThat(store.summary().articles()).isZero();
    }

    @Test
    void refusesABodyOverTheLimitWithJson() {
        Http http = start(new ServerConfig(TOKEN, fake::coder, "127.0.0.1", 1000, null, null));
        Http.Answer answer = http.post("/api/articles", "{\"text\": \"" + "x".repeat(5000) + "\"}", bearer(TOKEN));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }
}
