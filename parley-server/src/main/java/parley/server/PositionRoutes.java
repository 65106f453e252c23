package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Set;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceHistory;
import parley.core.time.IsoDates;
import parley.model.Event;
import parley.model.Issues;

/** Positions: each actor's latest stance per issue as of a date, and how one stance moved over time. */
final class PositionRoutes {
    private static final Set<String> LATEST = Params.listParameters("date");
    private static final Set<String> HISTORY = Set.of("actor", "issue", "since", "until");

    private final Workspace workspace;

    PositionRoutes(Workspace workspace) {
        this.workspace = workspace;
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
        Filters filters = params.filters();
        LocalDate asOf = params.date("date");
        Snapshot snapshot = workspace.snapshot();
        List<Views.PositionView> positions = new ArrayList<>();
        for (Position position : latest(snapshot, filters, asOf)) {
            if ((filters.actors().isEmpty() || filters.actors().contains(position.actor()))
                    && (filters.issues().isEmpty() || filters.issues().contains(position.issue()))) {
                positions.add(new Views.PositionView(position.actor(), snapshot.actorName(position.actor()),
                        position.issue(), position.stance().id(), position.date(), position.eventId(),
                        position.doc(), position.evidence()));
            }
        }
        Responses.page(ctx, Pager.page(positions, Views.PositionView::id,
                "positions|" + filters.fingerprint() + "|d=" + asOf, params.single("cursor"), params.limit()));
    }

    /**
     * {@link PositionTracker#latest} of the events that pass the filters and began by
     * {@code asOf}, from the stances the snapshot derived once instead of deriving them again
     * from every event on every request: positions come in chronological order of their events,
     * undated first, so the last one seen per actor and issue is the latest (the same rule).
     */
    static List<Position> latest(Snapshot snapshot, Filters filters, LocalDate asOf) {
        Map<String, Position> latest = new TreeMap<>();
        Map<String, Boolean> passes = new HashMap<>();
        for (Position position : snapshot.positions()) {
            boolean pass = passes.computeIfAbsent(position.eventId(), id -> {
                Event event = snapshot.event(id);
                if (event == null || !filters.matches(event)) {
                    return false;
                }
                LocalDate first = snapshot.firstDay(id);
                return asOf == null || (first != null && !first.isAfter(asOf));
            });
            if (!pass) {
                continue;
            }
            String key = position.actor() + "\u0000" + position.issue();
            Position current = latest.get(key);
            if (current == null || compareDates(position.date(), current.date()) >= 0) {
                latest.put(key, position);
            }
        }
        return List.copyOf(latest.values());
    }

    /** As PositionTracker compares: undated is older than dated, dated by their ISO text. */
    private static int compareDates(String a, String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        return a.compareTo(b);
    }

    /** The stance series of one actor on one issue, from the events, with the changes of stance. */
    private void history(Context ctx) {
        Params params = Params.of(ctx, HISTORY);
        String actor = params.required("actor").toUpperCase(Locale.ROOT);
        params.actors("actor");
        String issue = params.required("issue").toLowerCase(Locale.ROOT);
        if (!Issues.isKnown(issue)) {
            throw ApiError.badParameter("issue", "unknown issue '" + issue + "', expected one of " + Issues.ALL);
        }
        Filters filters = new Filters(Set.of(actor), Set.of(), Set.of(issue), params.date("since"), params.date("until"));
        List<Event> events = workspace.snapshot().events().stream().filter(filters::matches).toList();
        Responses.json(ctx, Views.SeriesView.of(StanceHistory.ofEvents(events, actor, issue)));
    }
}
