package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.core.corroboration.Incident;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;

/** The stored material: articles, events, quotes and the actors they name. */
final class ArticleRoutes {
    private static final Set<String> LIST = Params.listParameters();

    private final Workspace workspace;

    ArticleRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", this::articles);
        routes.get("/api/articles/{id}", this::article);
        routes.get("/api/events", this::events);
        routes.get("/api/events/{id}", this::event);
        routes.get("/api/quotes", this::quotes);
        routes.get("/api/actors", this::actors);
    }

    /**
     * Articles in the order they were stored. Actor, type and issue keep the articles with an
     * event that matches them; since/until apply to the publication date.
     */
    private void articles(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filters filters = params.filters();
        Snapshot snapshot = workspace.snapshot();
        Set<String> docs = null;
        if (filters.hasEventFilters()) {
            Filters noDates = new Filters(filters.actors(), filters.types(), filters.issues(), null, null);
            docs = new HashSet<>();
            for (Event event : snapshot.events()) {
                if (noDates.matches(event)) {
                    docs.add(event.doc());
                }
            }
        }
        Set<String> wanted = docs;
        List<Article> matching = snapshot.articles().stream()
                .filter(article -> wanted == null || wanted.contains(article.id()))
                .filter(article -> filters.dayInRange(article.published()))
                .toList();
        Page<Article> page = Pager.page(matching, Article::id, "articles|" + filters.fingerprint(),
                params.single("cursor"), params.limit());
        Responses.page(ctx, new Page<>(page.items().stream().map(a -> Views.ArticleSummary.of(a, snapshot)).toList(),
                page.nextCursor()));
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Snapshot snapshot = workspace.snapshot();
        Article article = snapshot.article(id);
        if (article == null) {
            throw ApiError.notFound("id", "no article '" + id + "' in the workspace");
        }
        Responses.json(ctx, Views.ArticleDetail.of(article, snapshot));
    }

    private void events(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filters filters = params.filters();
        List<Event> matching = workspace.snapshot().events().stream().filter(filters::matches).toList();
        Responses.page(ctx, Pager.page(matching, Event::id, "events|" + filters.fingerprint(),
                params.single("cursor"), params.limit()));
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Event event = workspace.snapshot().event(id);
        if (event == null) {
            throw ApiError.notFound("id", "no event '" + id + "' in the workspace");
        }
        Responses.json(ctx, event);
    }

    /** Quotes by speaker code and date; quotes have no type or issue, so those filters match none. */
    private void quotes(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filters filters = params.filters();
        List<Quote> matching = workspace.snapshot().quotes().stream().filter(filters::matches).toList();
        Responses.page(ctx, Pager.page(matching, ArticleRoutes::quoteId, "quotes|" + filters.fingerprint(),
                params.single("cursor"), params.limit()));
    }

    private static String quoteId(Quote quote) {
        return quote.doc() + "@" + quote.start();
    }

    /**
     * Every actor code that acts, receives or speaks in what the filters keep, most active first,
     * with the name the dictionary gives it most often.
     */
    private void actors(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filters filters = params.filters();
        Snapshot snapshot = workspace.snapshot();
        // The actor filter picks rows; the counts are over everything the other filters keep.
        Filters counted = new Filters(Set.of(), filters.types(), filters.issues(), filters.since(), filters.until());
        Map<String, int[]> counts = new TreeMap<>();
        for (Event event : snapshot.events()) {
            if (!counted.matches(event)) {
                continue;
            }
            count(event.actor(), 0, counts);
            count(event.recipient(), 1, counts);
        }
        for (Quote quote : snapshot.quotes()) {
            if (quote.speakerCode() != null && !quote.speakerCode().isBlank() && counted.matches(quote)) {
                counts.computeIfAbsent(quote.speakerCode(), code -> new int[4])[2]++;
            }
        }
        for (Incident incident : snapshot.incidents()) {
            if (counted.matches(incident)) {
                incident.actorCodes().forEach(code -> counts.computeIfAbsent(code, c -> new int[4])[3]++);
            }
        }
        List<Views.ActorView> actors = counts.entrySet().stream()
                .filter(entry -> filters.actors().isEmpty() || filters.actors().contains(entry.getKey()))
                .map(entry -> new Views.ActorView(entry.getKey(), snapshot.actorName(entry.getKey()),
                        entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3]))
                .sorted((a, b) -> {
                    int byTotal = Integer.compare(total(b), total(a));
                    return byTotal != 0 ? byTotal : a.code().compareTo(b.code());
                })
                .toList();
        Responses.page(ctx, Pager.page(actors, Views.ActorView::id, "actors|" + filters.fingerprint(),
                params.single("cursor"), params.limit()));
    }

    private static int total(Views.ActorView actor) {
        return actor.eventsAsActor() + actor.eventsAsRecipient() + actor.quotes();
    }

    private static void count(List<ActorRef> refs, int slot, Map<String, int[]> counts) {
        for (ActorRef ref : refs) {
            counts.computeIfAbsent(ref.code(), code -> new int[4])[slot]++;
        }
    }
}
