package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.core.corroboration.Incident;
import parley.core.positions.PositionChange;
import parley.core.positions.StanceChanges;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;

/**
 * What changed: the changes of stance ({@link StanceChanges}), each with the incident that shows
 * the new stance (its evidence and outlets).
 */
final class ChangeRoutes {
    private static final Set<String> LIST = Set.of("actor", "issue", "since", "until", "limit", "cursor");

    private final EventStore store;

    ChangeRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/changes", this::changes);
    }

    private void changes(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<PositionChange> page = Lists.page(params, "changes|" + filter.fingerprint(),
                (after, limit) -> StanceChanges.page(store, filter, after, limit));
        List<String> eventIds = page.items().stream().map(change -> change.change().to().id()).toList();
        Map<String, Incident> incidents = store.incidentsOf(eventIds);
        Map<String, String> titles = store.titles(incidents.values().stream().map(i -> i.bestEvidence().doc())
                .filter(doc -> doc != null).distinct().toList());
        Map<String, String> names = new HashMap<>();
        Responses.page(ctx, page.map(change -> {
            Incident incident = incidents.get(change.change().to().id());
            String actor = change.key().actor();
            return new Views.PositionChangeView(actor, names.computeIfAbsent(actor, store::actorName),
                    change.key().issue(), Views.PointView.of(change.change().from()),
                    Views.PointView.of(change.change().to()), change.change().explanation(),
                    incident == null ? null : Views.IncidentView.of(incident, titles));
        }));
    }
}
