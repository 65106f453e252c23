package parley.core.corroboration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.core.time.IsoDates;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;

/**
 * Merges events from different articles that report the same act into {@link Incident}s, and
 * finds {@link Contradiction}s between incidents.
 *
 * <h2>When two events report the same act</h2>
 * Two events are compatible when all of these hold:
 * <ol>
 *   <li>they come from different articles (one article's events are never merged: coding already
 *       made one event per act; a syndicated copy is a different article, so its events do merge
 *       with the original's, but the copy adds no outlet);</li>
 *   <li>same type, and same modality: a plain report and a {@code historical} mention are the same
 *       act, {@code future}, {@code hypothetical} and {@code negation} events only merge with their
 *       own kind;</li>
 *   <li>their actor codes overlap, and so do their recipient codes when both have some
 *       ({@code EU} and {@code EUR} count as the same code);</li>
 *   <li>their issues are both empty or intersect;</li>
 *   <li>their dates agree: two day dates at most one day apart; when either is a week, month or
 *       year, the ranges of days overlap; when either is undated, rules 1 to 4 must hold and
 *       their articles must have been published at most three days apart (both publication
 *       dates known): an undated "Russia rejected the ceasefire" is only taken for the same act
 *       when it was reported at about the same time, never when either publication date is
 *       unknown.</li>
 * </ol>
 *
 * <h2>Algorithm</h2>
 * Greedy complete-linkage clustering, which unlike union-find does not chain: "in March" is
 * compatible with both March 3 and March 25, but must not join them into one incident. Events
 * are sorted in a total order on their content (date precision from day to undated, first day,
 * publication date, article, id), so the result does not depend on input order. In that order,
 * each event joins the incident whose every event it is compatible with; among several such
 * incidents the one with the most events, then the one founded first; when there is none it
 * founds a new incident. Events are bucketed by type and modality first, so the cost is
 * quadratic only within a bucket.
 *
 * <h2>Contradictions</h2>
 * An AGREE or SUPPORT incident and a REJECT incident contradict each other when they share an
 * actor code, concern the same thing (their issues intersect, or their recipients do), are dated
 * on overlapping days (undated incidents are never flagged), are both plain reports (no
 * {@code future}, {@code hypothetical} or {@code negation}), and come from different outlets: some
 * outlet reports only the acceptance and another only the rejection. One contradiction is
 * reported per shared actor code.
 *
 * <h2>Example</h2>
 * <pre>{@code
 * Corroboration found = Corroborator.corroborate(codedArticles, Map.of("yahoo-17", "reuters-17"));
 * for (Incident incident : found.incidents()) {
 *     System.out.println(incident.type() + " " + incident.actorCodes() + " " + incident.date()
 *             + " reported by " + incident.outletCount() + " outlets");
 * }
 * }</pre>
 */
public final class Corroborator {
    private Corroborator() {
    }

    /** Incidents and contradictions of the events of these articles, without syndication. */
    public static Corroboration corroborate(Collection<CodedArticle> coded) {
        return corroborate(coded, Map.of());
    }

    /**
     * Incidents and contradictions of the events of these articles.
     *
     * @param syndication article id to the id of the article it is a syndicated copy of; may be
     *                    empty or null
     */
    public static Corroboration corroborate(Collection<CodedArticle> coded, Map<String, String> syndication) {
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (CodedArticle article : coded) {
            events.addAll(article.events());
            articles.add(article.article());
        }
        return corroborate(events, articles, syndication);
    }

    /**
     * Incidents and contradictions of these events.
     *
     * @param articles    the articles the events come from, for publication dates and outlets; an
     *                    event of an article not given has no publication date and its doc id as
     *                    outlet
     * @param syndication article id to the id of the article it copies; may be empty or null
     * @throws IllegalArgumentException when an event has no id or two events share an id
     */
    public static Corroboration corroborate(Collection<Event> events, Collection<Article> articles,
                                            Map<String, String> syndication) {
        List<Incident> incidents = incidents(events, articles, syndication);
        return new Corroboration(incidents, Contradictions.find(incidents));
    }

    /**
     * Only the incidents of {@link #corroborate(Collection, Collection, Map)}.
     *
     * @throws IllegalArgumentException when an event has no id or two events share an id
     */
    public static List<Incident> incidents(Collection<Event> events, Collection<Article> articles,
                                           Map<String, String> syndication) {
        Outlets outlets = new Outlets(articles == null ? List.of() : articles, syndication);
        Set<String> ids = new HashSet<>();
        List<Report> reports = new ArrayList<>();
        for (Event event : events) {
            if (event.id() == null || event.id().isBlank()) {
                throw new IllegalArgumentException("every event needs an id to be corroborated (doc "
                        + event.doc() + ", " + event.type() + ")");
            }
            if (!ids.add(event.id())) {
                throw new IllegalArgumentException("two events share the id '" + event.id() + "'");
            }
            reports.add(Report.of(event, outlets));
        }
        reports.sort(Report.CLUSTERING_ORDER);
        Map<String, List<Cluster>> buckets = new LinkedHashMap<>();
        for (Report report : reports) {
            List<Cluster> bucket = buckets.computeIfAbsent(report.event().type() + "|" + report.modality(),
                    key -> new ArrayList<>());
            Cluster home = null;
            for (Cluster cluster : bucket) {
                // Strictly larger wins, so among equals the one founded first keeps it.
                if ((home == null || cluster.size() > home.size()) && cluster.accepts(report)) {
                    home = cluster;
                }
            }
            if (home == null) {
                bucket.add(new Cluster(report));
            } else {
                home.add(report);
            }
        }
        List<Incident> incidents = new ArrayList<>();
        buckets.values().forEach(bucket -> bucket.forEach(cluster -> incidents.add(cluster.toIncident())));
        incidents.sort(Comparator.comparing((Incident incident) -> IsoDates.firstDay(incident.date()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Incident::id));
        return incidents;
    }
}
