package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.time.IsoDates;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;

/** Corroborated incidents: the list, one incident with its sources, the timeline, contradictions, the network. */
final class IncidentRoutes {
    private static final Set<String> LIST = Params.listParameters();
    private static final Set<String> TIMELINE = Params.listParameters("conflict");
    private static final Set<String> NETWORK = Set.copyOf(Params.FILTERS);

    private final Workspace workspace;

    IncidentRoutes(Workspace workspace) {
        this.workspace = workspace;
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
        Filters filters = params.filters();
        Snapshot snapshot = workspace.snapshot();
        List<Incident> matching = snapshot.incidents().stream().filter(filters::matches).toList();
        Page<Incident> page = Pager.page(matching, Incident::id, "incidents|" + filters.fingerprint(),
                params.single("cursor"), params.limit());
        Responses.page(ctx, new Page<>(page.items().stream().map(i -> Views.IncidentView.of(i, snapshot)).toList(),
                page.nextCursor()));
    }

    /**
     * Dated incidents in chronological order. {@code conflict=RUS,UKR} keeps those between the two
     * actors: both codes among the incident's actors and recipients.
     */
    private void timeline(Context ctx) {
        Params params = Params.of(ctx, TIMELINE);
        Filters filters = params.filters();
        Set<String> conflict = params.actors("conflict");
        if (!conflict.isEmpty() && conflict.size() != 2) {
            throw ApiError.badParameter("conflict", "conflict must name two different actor codes, e.g. RUS,UKR; got "
                    + conflict);
        }
        Snapshot snapshot = workspace.snapshot();
        List<Incident> matching = snapshot.incidents().stream()
                .filter(incident -> IsoDates.firstDay(incident.date()) != null)
                .filter(filters::matches)
                .filter(incident -> conflict.isEmpty() || involvesAll(incident, conflict))
                .toList();
        Page<Incident> page = Pager.page(matching, Incident::id,
                "timeline|" + filters.fingerprint() + "|c=" + String.join(",", new TreeSet<>(conflict)),
                params.single("cursor"), params.limit());
        Responses.page(ctx, new Page<>(page.items().stream().map(i -> Views.IncidentView.of(i, snapshot)).toList(),
                page.nextCursor()));
    }

    private static boolean involvesAll(Incident incident, Set<String> codes) {
        Set<String> involved = new HashSet<>(incident.actorCodes());
        involved.addAll(incident.recipientCodes());
        return involved.containsAll(codes);
    }

    private void incident(Context ctx) {
        Params.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Snapshot snapshot = workspace.snapshot();
        Incident incident = snapshot.incident(id);
        if (incident == null) {
            throw ApiError.notFound("id", "no incident '" + id + "' in the workspace");
        }
        List<Event> events = new ArrayList<>();
        for (String eventId : incident.eventIds()) {
            Event event = snapshot.event(eventId);
            if (event != null) {
                events.add(event);
            }
        }
        List<Views.ArticleDetail> articles = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (String articleId : incident.articleIds()) {
            Article article = snapshot.article(articleId);
            if (article != null) {
                articles.add(Views.ArticleDetail.of(article, snapshot));
            }
            for (Quote quote : snapshot.quotesOf(articleId)) {
                if (relevant(quote, incident, events)) {
                    quotes.add(quote);
                }
            }
        }
        List<Views.ContradictionView> contradictions = snapshot.corroboration().contradictions().stream()
                .filter(c -> c.accepting().id().equals(id) || c.rejecting().id().equals(id))
                .map(c -> Views.ContradictionView.of(c, snapshot)).toList();
        Responses.json(ctx, new Views.IncidentDetail(Views.IncidentView.of(incident, snapshot), events, articles,
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
        Filters filters = params.filters();
        Filters incidentFilters = new Filters(Set.of(), filters.types(), filters.issues(), filters.since(),
                filters.until());
        Snapshot snapshot = workspace.snapshot();
        List<Views.ContradictionView> matching = new ArrayList<>();
        for (Contradiction contradiction : snapshot.corroboration().contradictions()) {
            if (!filters.actors().isEmpty() && !filters.actors().contains(contradiction.actorCode())) {
                continue;
            }
            if (incidentFilters.matches(contradiction.accepting()) || incidentFilters.matches(contradiction.rejecting())) {
                matching.add(Views.ContradictionView.of(contradiction, snapshot));
            }
        }
        Responses.page(ctx, Pager.page(matching, Views.ContradictionView::id,
                "contradictions|" + filters.fingerprint(), params.single("cursor"), params.limit()));
    }

    /**
     * The who-did-what-to-whom graph of the incidents the filters keep: a node per actor code, an
     * edge per actor and recipient weighted by the incidents between them. Not paged: it is one graph.
     */
    private void network(Context ctx) {
        Params params = Params.of(ctx, NETWORK);
        Filters filters = params.filters();
        Snapshot snapshot = workspace.snapshot();
        Map<String, int[]> nodes = new TreeMap<>();
        Map<String, Views.EdgeView> edges = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> types = new TreeMap<>();
        Map<String, Integer> weights = new TreeMap<>();
        int incidents = 0;
        for (Incident incident : snapshot.incidents()) {
            if (!filters.matches(incident)) {
                continue;
            }
            incidents++;
            incident.actorCodes().forEach(code -> nodes.computeIfAbsent(code, c -> new int[2])[0]++);
            incident.recipientCodes().forEach(code -> nodes.computeIfAbsent(code, c -> new int[2])[1]++);
            for (String source : incident.actorCodes()) {
                for (String target : incident.recipientCodes()) {
                    if (source.equals(target)) {
                        continue;
                    }
                    String key = source + "->" + target;
                    weights.merge(key, 1, Integer::sum);
                    types.computeIfAbsent(key, k -> new TreeMap<>()).merge(incident.type().name(), 1, Integer::sum);
                }
            }
        }
        weights.forEach((key, weight) -> {
            String[] ends = key.split("->", 2);
            edges.put(key, new Views.EdgeView(key, ends[0], ends[1], weight, types.get(key)));
        });
        List<Views.NodeView> nodeViews = nodes.entrySet().stream()
                .map(e -> new Views.NodeView(e.getKey(), snapshot.actorName(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
        Responses.json(ctx, new Views.NetworkView(nodeViews, List.copyOf(edges.values()), incidents));
    }
}
