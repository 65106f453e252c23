package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parley.core.store.Filter;
import parley.core.store.Page;
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
        Filter filters = params.filters();
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
        int offset = Pager.offset(cursor, query);
        int depth = Math.min(MAX_DEPTH, offset + limit + 1);
        List<SearchHit> hits;
        try {
            hits = index.search(q, kinds, filters, depth);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("q", e.getMessage());
        }
        int from = Math.min(offset, hits.size());
        int to = Math.min(hits.size(), from + limit);
        // Ranks beyond MAX_DEPTH are not served: the last page is the one that reaches it.
        String next = to < hits.size() && to < MAX_DEPTH ? Pager.encode(Integer.toString(to), query) : null;
        Responses.page(ctx, new Page<>(hits.subList(from, to).stream().map(SearchRoutes::view).toList(), next));
    }

    private static Views.HitView view(SearchHit hit) {
        return new Views.HitView(hit.kind().id(), hit.id(), hit.articleId(), hit.score(), hit.snippet(), hit.title(),
                hit.date(), hit.type(), hit.actors(), hit.speaker());
    }
}
