package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<Event> events = new ArrayList<>();
        for (Event event : snapshot.events()) {
            if (!filters.matches(event)) {
                continue;
            }
            LocalDate first = IsoDates.firstDay(event.date());
            if (asOf == null || (first != null && !first.isAfter(asOf))) {
                events.add(event);
            }
        }
        // Chronological input, so that among equal dates the later report wins.
        events.sort(Comparator.comparing((Event e) -> IsoDates.firstDay(e.date()),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Views.PositionView> positions = new ArrayList<>();
        for (Position position : PositionTracker.latest(events)) {
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
