package parley.core.corroboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parley.core.time.Precision;
import parley.model.Article;
import parley.model.Event;
import parley.model.EventType;

/**
 * Corroboration as articles arrive: the events of a newly stored article are merged into the
 * stored incidents, and the result is exactly what {@link Corroborator#incidents} gives for all
 * stored events at once.
 *
 * <h2>Why it is exact</h2>
 * Call two reports neighbours when {@link MergeRules} finds them compatible. Corroborator's greedy
 * clustering only ever puts a report into an incident all of whose reports are its neighbours, so
 * reports of different connected components of the neighbour graph never meet: clustering each
 * component alone, in the same total order, gives the same incidents as clustering everything.
 * The store keeps the component of every report. A new report looks up its neighbours by
 * blocking ({@link #windows}: same type and modality, a shared canonical actor code, a date or
 * publication window wide enough for every rule of {@link MergeRules}), joins their components into
 * one (components only ever grow, since reports are only added), and that component alone is
 * clustered again.
 *
 * <pre>{@code
 * // inside the store's transaction, after writing the article's events and their report keys:
 * for (IncrementalCorroborator.Update update : IncrementalCorroborator.merge(fresh, index)) {
 *     // drop the incidents of update.replaced(), write update.incidents(), mark update.members()
 * }
 * }</pre>
 */
public final class IncrementalCorroborator {
    /** A year, the widest date there is, covers at most this many days after its first. */
    private static final int WIDEST_RANGE_DAYS = 366;

    private IncrementalCorroborator() {
    }

    /**
     * The incidents of one component after an article was added.
     *
     * @param component the component's id from now on: the smallest of the ids it absorbed
     * @param replaced  the ids of the components it absorbed (their incidents are replaced)
     * @param members   every report of the component
     * @param incidents its incidents, as {@link Corroborator#incidents} orders them
     */
    public record Update(long component, Set<Long> replaced, List<StoredReport> members, List<Incident> incidents) {
        public Update {
            replaced = Set.copyOf(replaced);
            members = List.copyOf(members);
            incidents = List.copyOf(incidents);
        }
    }

    /**
     * The blocking key of an event as stored with its article, or null when the event cannot be
     * corroborated (it has no id).
     *
     * @param article the article the event's {@code doc} names (text not needed), or null when none is stored
     */
    public static ReportKey key(Event event, Article article) {
        if (event.id() == null || event.id().isBlank()) {
            return null;
        }
        Report report = report(event, article);
        ReportKey.Kind kind = !report.dated() ? ReportKey.Kind.UNDATED
                : report.precision() == Precision.DAY ? ReportKey.Kind.DAY : ReportKey.Kind.COARSE;
        return new ReportKey(bucket(report), report.actors(), kind, report.dated() ? report.range().first() : null,
                report.dated() ? report.range().last() : null, report.published());
    }

    /**
     * The windows of stored keys that hold every possible neighbour of a report with this key:
     * day-dated reports within a day of its days, coarser ones overlapping them, and, when either
     * is undated, reports published within {@value MergeRules#UNDATED_PUBLICATION_WINDOW} days.
     */
    public static List<ReportWindow> windows(ReportKey key) {
        List<ReportWindow> windows = new ArrayList<>();
        LocalDate published = key.published();
        int window = MergeRules.UNDATED_PUBLICATION_WINDOW;
        if (key.kind() == ReportKey.Kind.UNDATED) {
            if (published != null) {
                windows.add(new ReportWindow(key.bucket(), key.actorCodes(), EnumSet.allOf(ReportKey.Kind.class),
                        null, null, null, published.minusDays(window), published.plusDays(window)));
            }
            return windows;
        }
        LocalDate first = key.first();
        LocalDate last = key.last();
        int tolerance = MergeRules.DAY_TOLERANCE;
        windows.add(new ReportWindow(key.bucket(), key.actorCodes(), Set.of(ReportKey.Kind.DAY),
                first.minusDays(tolerance), last.plusDays(tolerance), null, null, null));
        windows.add(new ReportWindow(key.bucket(), key.actorCodes(), Set.of(ReportKey.Kind.COARSE),
                first.minusDays(WIDEST_RANGE_DAYS), last, first, null, null));
        if (published != null) {
            windows.add(new ReportWindow(key.bucket(), key.actorCodes(), Set.of(ReportKey.Kind.UNDATED), null, null,
                    null, published.minusDays(window), published.plusDays(window)));
        }
        return windows;
    }

    /**
     * Merges the new reports (already stored, each in a component of its own) with their
     * neighbours' components and clusters every component that changed.
     */
    public static List<Update> merge(Collection<StoredReport> fresh, ReportIndex index) {
        Map<Long, Long> parent = new HashMap<>();
        // One look-up for the windows of every new report: a store answers it in one query.
        List<ReportWindow> windows = new ArrayList<>();
        Map<StoredReport, Report> probes = new LinkedHashMap<>();
        for (StoredReport report : fresh) {
            parent.putIfAbsent(report.component(), report.component());
            probes.put(report, report(report.event(), report.article()));
            windows.addAll(windows(key(report.event(), report.article())));
        }
        List<StoredReport> candidates = windows.isEmpty() ? List.of() : index.find(windows);
        Map<String, Report> candidateReports = new HashMap<>();
        for (StoredReport candidate : candidates) {
            candidateReports.computeIfAbsent(candidate.event().id(), id -> report(candidate.event(), candidate.article()));
        }
        for (Map.Entry<StoredReport, Report> probe : probes.entrySet()) {
            StoredReport report = probe.getKey();
            for (StoredReport candidate : candidates) {
                if (candidate.event().id().equals(report.event().id())
                        || !candidate.event().type().equals(report.event().type())) {
                    continue;
                }
                if (MergeRules.compatible(probe.getValue(), candidateReports.get(candidate.event().id()))) {
                    union(parent, report.component(), candidate.component());
                }
            }
        }
        Map<Long, Set<Long>> groups = new LinkedHashMap<>();
        for (Long component : parent.keySet()) {
            groups.computeIfAbsent(find(parent, component), root -> new TreeSet<>()).add(component);
        }
        // The members of every group in one look-up, then apart by component.
        Map<Long, List<StoredReport>> byComponent = new HashMap<>();
        for (StoredReport member : index.members(parent.keySet())) {
            byComponent.computeIfAbsent(member.component(), c -> new ArrayList<>()).add(member);
        }
        List<Update> updates = new ArrayList<>();
        for (Set<Long> group : groups.values()) {
            List<StoredReport> members = new ArrayList<>();
            group.forEach(component -> members.addAll(byComponent.getOrDefault(component, List.of())));
            List<Event> events = new ArrayList<>();
            Map<String, Article> articles = new LinkedHashMap<>();
            for (StoredReport member : members) {
                events.add(member.event());
                if (member.article() != null) {
                    articles.putIfAbsent(member.article().id(), member.article());
                }
            }
            long id = ((TreeSet<Long>) group).first();
            updates.add(new Update(id, group, members, Corroborator.incidents(events, articles.values(), Map.of())));
        }
        return updates;
    }

    /**
     * The contradictions the changed incidents take part in, with each other and with the stored
     * incidents the index finds, each once, in {@link Corroborator}'s order.
     */
    public static List<Contradiction> contradictions(Collection<Incident> changed, ReportIndex index) {
        Map<String, Contradiction> found = new LinkedHashMap<>();
        List<ReportIndex.CounterpartQuery> queries = new ArrayList<>();
        List<Incident> asked = new ArrayList<>();
        for (Incident incident : changed) {
            boolean accepting = Contradictions.isAccepting(incident);
            if (!accepting && !Contradictions.isRejecting(incident)) {
                continue;
            }
            var range = parley.core.time.DateRange.of(incident.date());
            Set<EventType> others = accepting ? EnumSet.of(EventType.REJECT) : EnumSet.of(EventType.AGREE, EventType.SUPPORT);
            queries.add(new ReportIndex.CounterpartQuery(others, Contradictions.canonical(incident.actorCodes()),
                    range.first(), range.last()));
            asked.add(incident);
        }
        if (queries.isEmpty()) {
            return List.of();
        }
        List<Incident> candidates = index.counterparts(queries);
        for (Incident incident : asked) {
            boolean accepting = Contradictions.isAccepting(incident);
            for (Incident other : candidates) {
                List<Contradiction> between = accepting ? Contradictions.between(incident, other)
                        : Contradictions.between(other, incident);
                for (Contradiction contradiction : between) {
                    found.putIfAbsent(contradiction.accepting().id() + "\u0000" + contradiction.rejecting().id()
                            + "\u0000" + contradiction.actorCode(), contradiction);
                }
            }
        }
        List<Contradiction> sorted = new ArrayList<>(found.values());
        sorted.sort(Contradictions.ORDER);
        return sorted;
    }

    /** The code as corroboration compares codes: {@code EUR} counts as {@code EU}. */
    public static String canonical(String code) {
        return ActorCodes.canonical(code);
    }

    private static Report report(Event event, Article article) {
        return Report.of(event, new Outlets(article == null ? List.of() : List.of(article), Map.of()));
    }

    private static String bucket(Report report) {
        return report.event().type() + "|" + report.modality();
    }

    private static long find(Map<Long, Long> parent, long node) {
        long root = node;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.put(node, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long rootA = find(parent, a);
        long rootB = find(parent, b);
        if (rootA != rootB) {
            parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
        }
    }
}
