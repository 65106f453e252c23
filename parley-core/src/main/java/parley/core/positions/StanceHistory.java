package parley.core.positions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parley.core.corroboration.Incident;
import parley.core.time.IsoDates;
import parley.core.time.Precision;
import parley.model.Event;

/**
 * Stance time series per actor and issue, with the points where a stance changed. Stances come
 * from {@link PositionTracker}'s rules (agree, support, concede, retreat, request are "for",
 * reject is "against", either with a stated condition is "conditional").
 *
 * <p>Points are ordered by the first day their date covers ({@code 2025-05} counts from May 1),
 * ties broken by the more precise date, then by id. Undated points are kept apart in
 * {@link PositionSeries#undated()}: they are not ordered and cause no change.
 *
 * <pre>{@code
 * for (PositionSeries series : StanceHistory.ofIncidents(corroboration.incidents())) {
 *     series.changes().forEach(change -> System.out.println(change.explanation()));
 * }
 * // RUS on ceasefire: for (2025-03-18, incident incident:a#2) -> against (2025-05-21, incident incident:b#1)
 * }</pre>
 */
public final class StanceHistory {
    private static final Comparator<StancePoint> ORDER = Comparator.comparing(StancePoint::day)
            .thenComparing(point -> Precision.of(point.date()))
            .thenComparing(StancePoint::id);

    private StanceHistory() {
    }

    /** One series per actor code and issue the events show a stance on, ordered by actor then issue. */
    public static List<PositionSeries> ofEvents(Collection<Event> events) {
        Map<String, Map<String, List<StancePoint>>> grouped = new TreeMap<>();
        for (Position position : PositionTracker.positions(List.copyOf(events))) {
            pointsOf(grouped, position.actor(), position.issue()).add(point(position.date(), position.stance(), "event", position.eventId(), position.doc(),
                            position.evidence()));
        }
        return build(grouped);
    }

    /**
     * One series per actor code and issue the incidents show a stance on. An incident's stance is
     * that of its best evidence; hypothetical and negated incidents show none.
     */
    public static List<PositionSeries> ofIncidents(Collection<Incident> incidents) {
        Map<String, Map<String, List<StancePoint>>> grouped = new TreeMap<>();
        for (Incident incident : incidents) {
            Event best = incident.bestEvidence();
            if (incident.aux() != null && !incident.aux().asserted()) {
                continue;
            }
            Stance stance = PositionTracker.stanceOf(best);
            if (stance == null) {
                continue;
            }
            for (String actor : incident.actorCodes()) {
                for (String issue : incident.issues()) {
                    pointsOf(grouped, actor, issue).add(point(incident.date(), stance, "incident", incident.id(), best.doc(),
                                    best.evidence().sentence()));
                }
            }
        }
        return build(grouped);
    }

    /** The series of one actor and issue from its stances (of {@link StanceLog#stances}), in any order. */
    public static PositionSeries ofStances(StanceKey key, Collection<Position> stances) {
        List<StancePoint> points = new ArrayList<>();
        for (Position position : stances) {
            if (!position.key().equals(key)) {
                throw new IllegalArgumentException("a stance of " + position.key() + " is not one of " + key);
            }
            points.add(point(position.date(), position.stance(), "event", position.eventId(), position.doc(),
                    position.evidence()));
        }
        return series(key.actor(), key.issue(), points);
    }

    /** The series of one actor and issue from events; empty points when the events show none. */
    public static PositionSeries ofEvents(Collection<Event> events, String actor, String issue) {
        return ofEvents(events).stream()
                .filter(series -> series.actor().equals(actor) && series.issue().equals(issue))
                .findFirst()
                .orElseGet(() -> new PositionSeries(actor, issue, List.of(), List.of(), List.of()));
    }

    /** Builds one series from its points in any order. */
    static PositionSeries series(String actor, String issue, List<StancePoint> all) {
        List<StancePoint> dated = new ArrayList<>();
        List<StancePoint> undated = new ArrayList<>();
        for (StancePoint point : all) {
            (point.day() == null ? undated : dated).add(point);
        }
        dated.sort(ORDER);
        undated.sort(Comparator.comparing(StancePoint::id));
        List<StanceChange> changes = new ArrayList<>();
        StancePoint last = null;
        for (StancePoint point : dated) {
            if (last != null && last.stance() != point.stance()) {
                changes.add(new StanceChange(last, point, actor + " on " + issue + ": " + last.stance().id() + " ("
                        + last.citation() + ") -> " + point.stance().id() + " (" + point.citation() + ")"));
            }
            // The latest point of a stance is the one a change is measured from.
            last = point;
        }
        return new PositionSeries(actor, issue, dated, undated, changes);
    }

    private static List<PositionSeries> build(Map<String, Map<String, List<StancePoint>>> grouped) {
        List<PositionSeries> series = new ArrayList<>();
        grouped.forEach((actor, byIssue) -> byIssue.forEach((issue, points) ->
                series.add(series(actor, issue, points))));
        return series;
    }

    private static List<StancePoint> pointsOf(Map<String, Map<String, List<StancePoint>>> grouped, String actor,
                                              String issue) {
        return grouped.computeIfAbsent(actor, key -> new TreeMap<>()).computeIfAbsent(issue, key -> new ArrayList<>());
    }

    /** A point; a date that is missing or not an ISO value makes it undated. */
    private static StancePoint point(String date, Stance stance, String kind, String id, String doc,
                                     String evidence) {
        return new StancePoint(IsoDates.firstDay(date), date, stance, kind, id, doc, evidence);
    }
}
