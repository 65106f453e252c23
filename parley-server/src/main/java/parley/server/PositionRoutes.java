package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceHistory;
import parley.core.positions.StanceKey;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Issues;

/**
 * Positions: each actor's latest stance per issue as of a date, and how one stance moved over
 * time. Both are {@link PositionTracker}'s and {@link StanceHistory}'s answers over the stances
 * the store keeps; nothing here decides what "latest" means.
 */
final class PositionRoutes {
    private static final Set<String> LATEST = Params.listParameters("date");
    private static final Set<String> HISTORY = Set.of("actor", "issue", "since", "until");

    private final EventStore store;

    PositionRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/positions", this::latest);
        routes.get("/api/positions/history", this::history);
    }

    /**
     * The latest stance of each actor on each issue, ordered by actor then issue. With
     * {@code date}, only events whose date begins on or before that day count (undated events
     * count only without it: when they happened is unknown).
     */
    private void latest(Context ctx) {
        Params params = Params.of(ctx, LATEST);
        Filter filter = params.filters();
        LocalDate asOf = params.date("date");
        Page<Position> page = Lists.page(params, "positions|" + filter.fingerprint() + "|d=" + asOf,
                (after, limit) -> PositionTracker.latest(store, filter, asOf, PositionTracker.keyAfter(after), limit));
        Map<String, String> names = new java.util.HashMap<>();
        for (String actor : new TreeSet<>(page.items().stream().map(Position::actor).toList())) {
            names.put(actor, store.actorName(actor));
        }
        Responses.page(ctx, page.map(position -> new Views.PositionView(position.actor(), names.get(position.actor()),
                position.issue(), position.stance().id(), position.date(), position.eventId(), position.doc(),
                position.evidence())));
    }

    /** The stance series of one actor on one issue, with the changes of stance. */
    private void history(Context ctx) {
        Params params = Params.of(ctx, HISTORY);
        String actor = params.required("actor").toUpperCase(Locale.ROOT);
        params.actors("actor");
        String issue = params.required("issue").toLowerCase(Locale.ROOT);
        if (!Issues.isKnown(issue)) {
            throw ApiError.badParameter("issue", "unknown issue '" + issue + "', expected one of " + Issues.ALL);
        }
        LocalDate since = params.date("since");
        LocalDate until = params.date("until");
        if (since != null && until != null && until.isBefore(since)) {
            throw ApiError.badParameter("until", "until " + until + " is before since " + since);
        }
        StanceKey key = new StanceKey(actor, issue);
        List<Position> stances = store.stances(key, Filter.none().withDates(since, until));
        Responses.json(ctx, Views.SeriesView.of(StanceHistory.ofStances(key, stances)));
    }
}
