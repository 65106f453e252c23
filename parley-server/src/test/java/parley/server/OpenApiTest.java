package parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import parley.search.SearchIndex;
import parley.store.JdbcEventStore;

/** The API description and the routes of the app describe the same API. */
class OpenApiTest {
    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteExists() throws Exception {
        JsonNode spec;
        try (InputStream in = OpenApiTest.class.getResourceAsStream(MetaRoutes.OPENAPI_RESOURCE)) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> registered = new TreeSet<>();
        try (SearchIndex index = SearchIndex.inMemory()) {
            ParleyServer server = new ParleyServer(new parley.core.store.InMemoryEventStore(), index, ServerConfig.readOnly());
            server.routes().stream().filter(route -> route.contains(" /api/")).forEach(registered::add);
        }
        assertThat(registered).hasSizeGreaterThan(15);
        assertThat(described).isEqualTo(registered);
    }

    @Test
    void servesTheDescription() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("parley-openapi");
        try (JdbcEventStore store = JdbcEventStore.open(dir); SearchIndex index = SearchIndex.inMemory()) {
            ParleyServer server = new ParleyServer(store, index, ServerConfig.readOnly());
            Http http = new Http(server.start(0));
            try {
                Http.Answer answer = http.get("/api/openapi.yaml");
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.contentType()).startsWith("application/yaml");
                assertThat(answer.body()).startsWith("openapi: 3.1.0");
            } finally {
                server.stop();
            }
        }
    }

}
