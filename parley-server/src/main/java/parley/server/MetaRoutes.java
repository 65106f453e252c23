package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import parley.core.store.EventStore;
import parley.core.store.WorkspaceSummary;
import parley.model.EventType;
import parley.model.Issues;
import parley.search.SearchIndex;
import parley.search.SearchKind;

/** What the workspace holds, the closed vocabularies the filters take, and the API description. */
final class MetaRoutes {
    /** The API description, written first and checked against the routes by a test. */
    static final String OPENAPI_RESOURCE = "/parley/server/openapi.yaml";

    private final EventStore store;
    private final SearchIndex index;
    private final ServerConfig config;
    private final byte[] openapi;

    MetaRoutes(EventStore store, SearchIndex index, ServerConfig config) {
        this.store = store;
        this.index = index;
        this.config = config;
        this.openapi = load();
    }

    void register(RoutesConfig routes) {
        routes.get("/api/status", this::status);
        routes.get("/api/vocabulary", this::vocabulary);
        routes.get("/api/openapi.yaml", this::openapi);
    }

    private void status(Context ctx) {
        Params.of(ctx, Set.of());
        WorkspaceSummary summary = store.summary();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", summary.articles());
        body.put("events", summary.events());
        body.put("quotes", summary.quotes());
        body.put("incidents", summary.incidents());
        body.put("contradictions", summary.contradictions());
        body.put("syndications", summary.syndications());
        body.put("skipped", summary.skipped());
        body.put("indexed_articles", index.articleCount());
        body.put("ingest", config.ingestEnabled());
        Responses.json(ctx, body);
    }

    private void vocabulary(Context ctx) {
        Params.of(ctx, Set.of());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("types", Arrays.stream(EventType.values()).map(EventType::name).toList());
        body.put("issues", Issues.ALL);
        body.put("kinds", Arrays.stream(SearchKind.values()).map(SearchKind::id).toList());
        body.put("stances", java.util.List.of("for", "against", "conditional"));
        Responses.json(ctx, body);
    }

    private void openapi(Context ctx) {
        Params.of(ctx, Set.of());
        ctx.contentType("application/yaml; charset=utf-8").result(openapi);
    }

    private static byte[] load() {
        try (InputStream in = MetaRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the API description " + OPENAPI_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }
}
