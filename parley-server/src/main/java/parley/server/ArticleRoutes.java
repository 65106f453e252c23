package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import parley.core.store.ActorActivity;
import parley.core.store.ArticleSummary;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;

/** The stored material: articles, events, quotes and the actors they name. */
final class ArticleRoutes {
    private static final Set<String> LIST = Params.listParameters();
    private static final Set<String> EVENTS = Params.listParameters("conflict");

    private final EventStore store;

    ArticleRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::articles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/events", this::events);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/quotes", this::quotes);
        routes.get("/api/actors", this::actors);
    }

    /** Articles in the order they were stored; see {@link Filter#matches(parley.model.CodedArticle)}. */
    private void articles(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<ArticleSummary> page = Lists.page(params, "articles|" + filter.fingerprint(),
                (after, limit) -> store.articles(filter, after, limit));
        Responses.page(ctx, page);
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Article article = store.article(id)
                .orElseThrow(() -> ApiError.notFound("id", "no article '" + id + "' in the workspace"));
        Responses.json(ctx, Views.ArticleDetail.of(article, store));
    }

    /**
     * Events in stored order. {@code conflict=RUS,UKR} keeps those between the two actors ({@link
     * parley.core.store.Conflict}: both codes among the event's actors and recipients), as on the timeline.
     */
    private void events(Context ctx) {
        Params params = Params.of(ctx, EVENTS);
        Filter filter = params.filters();
        Set<String> conflict = params.conflict();
        Page<Event> page = Lists.page(params, "events|" + filter.fingerprint() + "|c="
                        + String.join(",", new java.util.TreeSet<>(conflict)),
                (after, limit) -> store.events(filter, conflict, after, limit));
        Responses.page(ctx, page);
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Event event = store.event(id).orElseThrow(() -> ApiError.notFound("id", "no event '" + id + "' in the workspace"));
        Responses.json(ctx, event);
    }

    /** Quotes by speaker code and date; quotes have no type or issue, so those filters match none. */
    private void quotes(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<Quote> page = Lists.page(params, "quotes|" + filter.fingerprint(),
                (after, limit) -> store.quotes(filter, after, limit));
        Responses.page(ctx, page);
    }

    /**
     * Every actor code that acts, receives or speaks in what the filters keep, most active first,
     * with the name the dictionary gives it most often.
     */
    private void actors(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<ActorActivity> page = Lists.page(params, "actors|" + filter.fingerprint(),
                (after, limit) -> store.actors(filter, after, limit));
        Responses.page(ctx, page);
    }
}
