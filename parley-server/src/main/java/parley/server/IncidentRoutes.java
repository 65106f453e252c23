package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;

/** Corroborated incidents: the list, one incident with its sources, the timeline, contradictions, the network. */
final class IncidentRoutes {
    private static final Set<String> LIST = Params.listParameters();
    private static final Set<String> TIMELINE = Params.listParameters("conflict");
    private static final Set<String> NETWORK = Set.copyOf(Params.FILTERS);

    private final EventStore store;

    IncidentRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/incidents", this::incidents);
        routes.get("/api/incidents/{id}", this::incident);
        routes.get("/api/timeline", this::timeline);
        routes.get("/api/contradictions", this::contradictions);
        routes.get("/api/network", this::network);
    }

    private void incidents(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<Incident> page = Lists.page(params, "incidents|" + filter.fingerprint(),
                (after, limit) -> store.incidents(filter, after, limit));
        Responses.page(ctx, views(page));
    }

    /**
     * Dated incidents in chronological order. {@code conflict=RUS,UKR} keeps those between the two
     * actors ({@link parley.core.store.Conflict}: both codes among the incident's actors and recipients).
     */
    private void timeline(Context ctx) {
        Params params = Params.of(ctx, TIMELINE);
        Filter filter = params.filters();
        Set<String> conflict = params.conflict();
        Page<Incident> page = Lists.page(params, "timeline|" + filter.fingerprint() + "|c="
                        + String.join(",", new TreeSet<>(conflict)),
                (after, limit) -> store.timeline(filter, conflict, after, limit));
        Responses.page(ctx, views(page));
    }

    private Page<Views.IncidentView> views(Page<Incident> page) {
        Map<String, String> titles = store.titles(page.items().stream().map(i -> i.bestEvidence().doc())
                .filter(doc -> doc != null).distinct().toList());
        return page.map(incident -> Views.IncidentView.of(incident, titles));
    }

    private void incident(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Incident incident = store.incident(id)
                .orElseThrow(() -> ApiError.notFound("id", "no incident '" + id + "' in the workspace"));
        Set<String> wanted = Set.copyOf(incident.eventIds());
        List<Event> events = new ArrayList<>();
        List<Views.ArticleDetail> articles = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (String articleId : incident.articleIds()) {
            Article article = store.article(articleId).orElse(null);
            List<Event> articleEvents = store.eventsOf(articleId);
            List<Quote> articleQuotes = store.quotesOf(articleId);
            articleEvents.stream().filter(event -> wanted.contains(event.id())).forEach(events::add);
            if (article != null) {
                articles.add(new Views.ArticleDetail(article, articleEvents, articleQuotes));
            }
            for (Quote quote : articleQuotes) {
                if (relevant(quote, incident, events)) {
                    quotes.add(quote);
                }
            }
        }
        events.sort(java.util.Comparator.comparing(Event::id));
        Map<String, String> titles = store.titles(List.of(incident.bestEvidence().doc() == null ? ""
                : incident.bestEvidence().doc()));
        List<Views.ContradictionView> contradictions = views(store.contradictionsOf(id));
        Responses.json(ctx, new Views.IncidentDetail(Views.IncidentView.of(incident, titles), events, articles,
                quotes, events.stream().map(Views.ProvenanceView::of).toList(), contradictions));
    }

    /** A quote of a supporting article that its actors said, or that lies in an evidence sentence. */
    private static boolean relevant(Quote quote, Incident incident, List<Event> events) {
        if (quote.speakerCode() != null && incident.actorCodes().contains(quote.speakerCode())) {
            return true;
        }
        for (Event event : events) {
            if (event.doc() != null && event.doc().equals(quote.doc())
                    && quote.start() < event.evidence().end() && quote.end() > event.evidence().start()) {
                return true;
            }
        }
        return false;
    }

    /** Contradictions whose either incident passes the filters; the actor filter is the shared actor. */
    private void contradictions(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<Contradiction> page = Lists.page(params, "contradictions|" + filter.fingerprint(),
                (after, limit) -> store.contradictions(filter, after, limit));
        Responses.page(ctx, new Page<>(views(page.items()), page.next()));
    }

    private List<Views.ContradictionView> views(List<Contradiction> contradictions) {
        List<String> docs = new ArrayList<>();
        contradictions.forEach(c -> {
            docs.add(c.accepting().bestEvidence().doc());
            docs.add(c.rejecting().bestEvidence().doc());
        });
        Map<String, String> titles = store.titles(docs.stream().filter(doc -> doc != null).distinct().toList());
        return contradictions.stream().map(c -> Views.ContradictionView.of(c, titles)).toList();
    }

    /**
     * The who-did-what-to-whom graph of the incidents the filters keep: a node per actor code, an
     * edge per actor and recipient weighted by the incidents between them. Not paged: it is one graph.
     */
    private void network(Context ctx) {
        Params params = Params.of(ctx, NETWORK);
        Responses.json(ctx, store.network(params.filters()));
    }
}
