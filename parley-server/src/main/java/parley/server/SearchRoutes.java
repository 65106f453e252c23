package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parley.search.SearchFilter;
import parley.search.SearchHit;
import parley.search.SearchIndex;
import parley.search.SearchKind;

/** Full-text search over articles, evidence sentences and quotes. */
final class SearchRoutes {
    /** Hits beyond this rank are not served: ranking that deep is noise, and it bounds the work. */
    static final int MAX_DEPTH = 1000;
    private static final Set<String> PARAMETERS = Params.listParameters("q", "kind");

    private final SearchIndex index;

    SearchRoutes(SearchIndex index) {
        this.index = index;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
    }

    private void search(Context ctx) {
        Params params = Params.of(ctx, PARAMETERS);
        Filters filters = params.filters();
        Set<SearchKind> kinds = new LinkedHashSet<>();
        for (String kind : params.list("kind")) {
            try {
                kinds.add(SearchKind.fromId(kind));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("kind", e.getMessage());
            }
        }
        String q = params.single("q");
        int limit = params.limit();
        String query = "search|" + (q == null ? "" : q) + "|k=" + new TreeSet<>(kinds.stream().map(SearchKind::id).toList())
                + "|" + filters.fingerprint();
        String cursor = params.single("cursor");
        int depth = Math.min(MAX_DEPTH, Pager.offset(cursor, query) + limit + 1);
        SearchFilter filter = new SearchFilter(kinds, filters.actors(), filters.types(), filters.issues(),
                filters.since(), filters.until());
        List<SearchHit> hits;
        try {
            hits = index.search(q, filter, depth);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("q", e.getMessage());
        }
        Page<SearchHit> page = Pager.page(hits, SearchRoutes::hitId, query, cursor, limit);
        Responses.page(ctx, new Page<>(page.items().stream().map(SearchRoutes::view).toList(), page.nextCursor()));
    }

    private static String hitId(SearchHit hit) {
        return hit.kind().id() + ":" + hit.id();
    }

    private static Views.HitView view(SearchHit hit) {
        return new Views.HitView(hit.kind().id(), hit.id(), hit.articleId(), hit.score(), hit.snippet(), hit.title(),
                hit.date(), hit.type(), hit.actors(), hit.speaker());
    }
}
