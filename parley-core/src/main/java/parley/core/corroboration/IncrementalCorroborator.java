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
        // One look-up for the windows of every new report: a store answers it in a few queries.
        List<ReportWindow> windows = new ArrayList<>();
        Map<StoredReport, Report> probes = new LinkedHashMap<>();
        for (StoredReport report : fresh) {
            parent.putIfAbsent(report.component(), report.component());
            probes.put(report, report(report.event(), report.article()));
            windows.addAll(windows(key(report.event(), report.article())));
        }
        List<StoredReport> candidates = windows.isEmpty() ? List.of() : index.find(coalesce(windows));
        // Neighbours share a bucket and a canonical actor code (MergeRules): a probe is compared
        // with the candidates of its buckets and codes only, so that a batch of many articles
        // costs what its neighbourhoods hold, not the product of its reports and candidates.
        Map<String, List<Map.Entry<StoredReport, Report>>> byBucketAndCode = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (StoredReport candidate : candidates) {
            if (!taken.add(candidate.event().id())) {
                continue;
            }
            Report report = report(candidate.event(), candidate.article());
            for (String code : report.actors()) {
                byBucketAndCode.computeIfAbsent(bucket(report) + "\u0000" + code, k -> new ArrayList<>())
                        .add(Map.entry(candidate, report));
            }
        }
        for (Map.Entry<StoredReport, Report> probe : probes.entrySet()) {
            StoredReport report = probe.getKey();
            String bucket = bucket(probe.getValue());
            for (String code : probe.getValue().actors()) {
                for (Map.Entry<StoredReport, Report> candidate
                        : byBucketAndCode.getOrDefault(bucket + "\u0000" + code, List.of())) {
                    StoredReport other = candidate.getKey();
                    if (!other.event().id().equals(report.event().id())
                            && MergeRules.compatible(probe.getValue(), candidate.getValue())) {
                        union(parent, report.component(), other.component());
                    }
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
        // Contradicting incidents share a canonical actor code and overlap in time: compare each
        // with the incidents of its codes whose day lies in its days, and with those dated coarser.
        Map<String, java.util.TreeMap<LocalDate, List<Incident>>> byDay = new HashMap<>();
        Map<String, List<Incident>> coarse = new HashMap<>();
        for (Incident other : index.counterparts(coalesceQueries(queries))) {
            var range = parley.core.time.DateRange.of(other.date());
            boolean day = Precision.of(other.date()) == Precision.DAY;
            for (String code : Contradictions.canonical(other.actorCodes())) {
                if (day) {
                    byDay.computeIfAbsent(code, c -> new java.util.TreeMap<>())
                            .computeIfAbsent(range.first(), d -> new ArrayList<>()).add(other);
                } else {
                    coarse.computeIfAbsent(code, c -> new ArrayList<>()).add(other);
                }
            }
        }
        for (Incident incident : asked) {
            boolean accepting = Contradictions.isAccepting(incident);
            var range = parley.core.time.DateRange.of(incident.date());
            Map<String, Incident> others = new LinkedHashMap<>();
            for (String code : Contradictions.canonical(incident.actorCodes())) {
                byDay.getOrDefault(code, new java.util.TreeMap<>()).subMap(range.first(), true, range.last(), true)
                        .values().forEach(list -> list.forEach(other -> others.putIfAbsent(other.id(), other)));
                coarse.getOrDefault(code, List.of()).forEach(other -> others.putIfAbsent(other.id(), other));
            }
            for (Incident other : others.values()) {
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

    /**
     * The windows as fewer, wider ones that hold every key they held: one code each, and windows of
     * one bucket, code and kinds whose ranges overlap or touch joined into their bounding range (a
     * batch of articles of a few days asks a few queries instead of one per event).
     */
    static List<ReportWindow> coalesce(List<ReportWindow> windows) {
        Map<List<Object>, List<ReportWindow>> groups = new LinkedHashMap<>();
        for (ReportWindow window : windows) {
            for (String code : new TreeSet<>(window.actorCodes())) {
                List<Object> shape = java.util.Arrays.asList(window.bucket(), code, new TreeSet<>(window.kinds()),
                        window.firstFrom() == null, window.firstTo() == null, window.lastFrom() == null,
                        window.publishedFrom() == null, window.publishedTo() == null);
                groups.computeIfAbsent(shape, k -> new ArrayList<>()).add(new ReportWindow(window.bucket(), Set.of(code),
                        window.kinds(), window.firstFrom(), window.firstTo(), window.lastFrom(), window.publishedFrom(),
                        window.publishedTo()));
            }
        }
        List<ReportWindow> joined = new ArrayList<>();
        for (List<ReportWindow> group : groups.values()) {
            group.sort(java.util.Comparator.comparing(IncrementalCorroborator::from,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            ReportWindow current = null;
            for (ReportWindow window : group) {
                if (current != null && touches(current, window)) {
                    current = new ReportWindow(current.bucket(), current.actorCodes(), current.kinds(),
                            min(current.firstFrom(), window.firstFrom()), max(current.firstTo(), window.firstTo()),
                            min(current.lastFrom(), window.lastFrom()), min(current.publishedFrom(), window.publishedFrom()),
                            max(current.publishedTo(), window.publishedTo()));
                } else {
                    if (current != null) {
                        joined.add(current);
                    }
                    current = window;
                }
            }
            joined.add(current);
        }
        return joined;
    }

    /** Where a window's range starts: its first days, else its publication dates. */
    private static LocalDate from(ReportWindow window) {
        return window.firstFrom() != null ? window.firstFrom() : window.publishedFrom();
    }

    private static LocalDate to(ReportWindow window) {
        return window.firstFrom() != null ? window.firstTo() : window.publishedTo();
    }

    /** Whether the later window (by start) begins at most a day after the earlier one ends. */
    private static boolean touches(ReportWindow earlier, ReportWindow later) {
        LocalDate end = to(earlier);
        LocalDate start = from(later);
        return end == null || start == null || !start.isAfter(end.plusDays(1));
    }

    /** The queries with one code each, those of one code and types with overlapping days joined. */
    static List<ReportIndex.CounterpartQuery> coalesceQueries(List<ReportIndex.CounterpartQuery> queries) {
        Map<List<Object>, List<ReportIndex.CounterpartQuery>> groups = new LinkedHashMap<>();
        for (ReportIndex.CounterpartQuery query : queries) {
            for (String code : new TreeSet<>(query.actorCodes())) {
                groups.computeIfAbsent(List.of(code, new TreeSet<>(query.types())), k -> new ArrayList<>())
                        .add(new ReportIndex.CounterpartQuery(query.types(), Set.of(code), query.first(), query.last()));
            }
        }
        List<ReportIndex.CounterpartQuery> joined = new ArrayList<>();
        for (List<ReportIndex.CounterpartQuery> group : groups.values()) {
            group.sort(java.util.Comparator.comparing(ReportIndex.CounterpartQuery::first));
            ReportIndex.CounterpartQuery current = null;
            for (ReportIndex.CounterpartQuery query : group) {
                if (current != null && !query.first().isAfter(current.last().plusDays(1))) {
                    current = new ReportIndex.CounterpartQuery(current.types(), current.actorCodes(), current.first(),
                            max(current.last(), query.last()));
                } else {
                    if (current != null) {
                        joined.add(current);
                    }
                    current = query;
                }
            }
            joined.add(current);
        }
        return joined;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
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
