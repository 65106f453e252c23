package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.corroboration.Disagreement;
import parley.core.corroboration.Disagreements;
import parley.core.corroboration.Incident;
import parley.core.store.ArticleSummary;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.Event;

/**
 * Where sources disagree on one act ({@link Disagreements}): incidents reported by more than one
 * outlet whose reports give different days or different numbers. Found as the incidents list is
 * walked in its order, so a page may hold fewer items than asked for while more may follow (its
 * cursor goes on from the last incident looked at); a request looks at no more than
 * {@value #MAX_PAGES_LOOKED_AT} store pages.
 */
final class DisagreementRoutes {
    static final int MAX_PAGES_LOOKED_AT = 20;
    private static final Set<String> LIST = Params.listParameters();

    private final EventStore store;

    DisagreementRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/disagreements", this::disagreements);
    }

    private void disagreements(Context ctx) {
        Params params = Params.of(ctx, LIST);
        Filter filter = params.filters();
        Page<Disagreement> page = Lists.page(params, "disagreements|" + filter.fingerprint(),
                (after, limit) -> find(filter, after, limit));
        Map<String, String> titles = store.titles(page.items().stream()
                .flatMap(d -> d.differences().stream()).flatMap(d -> d.claims().stream())
                .flatMap(c -> c.reports().stream()).map(Event::doc).filter(doc -> doc != null).distinct().toList());
        Map<String, String> bestTitles = store.titles(page.items().stream().map(d -> d.incident().bestEvidence().doc())
                .filter(doc -> doc != null).distinct().toList());
        Responses.page(ctx, page.map(d -> Views.DisagreementView.of(d, bestTitles, titles)));
    }

    private Page<Disagreement> find(Filter filter, String after, int limit) {
        List<Disagreement> found = new ArrayList<>();
        String next = after;
        for (int looked = 0; looked < MAX_PAGES_LOOKED_AT && found.size() < limit; looked++) {
            Page<Incident> incidents = store.incidents(filter, next, limit - found.size());
            for (Incident incident : incidents.items()) {
                if (incident.outletCount() > 1) {
                    disagreement(incident).ifPresent(found::add);
                }
            }
            next = incidents.next();
            if (next == null) {
                break;
            }
        }
        return new Page<>(found, next);
    }

    private Optional<Disagreement> disagreement(Incident incident) {
        List<Event> reports = new ArrayList<>();
        for (String id : incident.eventIds()) {
            store.event(id).ifPresent(reports::add);
        }
        Set<String> docs = new LinkedHashSet<>();
        reports.forEach(event -> {
            if (event.doc() != null) {
                docs.add(event.doc());
            }
        });
        List<Article> articles = new ArrayList<>();
        for (ArticleSummary summary : store.summaries(docs).values()) {
            articles.add(new Article(summary.id(), summary.url(), summary.source(), summary.published(), summary.title(),
                    "", summary.lang(), null, List.of()));
        }
        return Disagreements.of(incident, reports, articles);
    }
}
