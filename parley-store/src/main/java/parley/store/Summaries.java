package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.core.store.ActorActivity;
import parley.core.store.Filter;
import parley.core.store.Network;
import parley.core.store.Page;
import parley.core.store.WorkspaceSummary;
import parley.model.EventType;

/**
 * Counts: the workspace summary, the actors list and the network. Without a filter they are read
 * from the totals the writers keep ({@code counters}, {@code actor_activity}, {@code network_edges});
 * with one they are counted by the database over the rows the filter's indexes select.
 */
final class Summaries {
    private static final Comparator<ActorActivity> MOST_ACTIVE = Comparator.comparingLong(ActorActivity::total)
            .reversed().thenComparing(ActorActivity::code);

    private Summaries() {
    }

    static WorkspaceSummary summary(Session s) throws SQLException {
        Map<String, Long> counters = new HashMap<>();
        try (PreparedStatement select = s.prepare("SELECT name, total FROM counters");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            long count = counters.getOrDefault("events:" + type.name(), 0L);
            if (count > 0) {
                byType.put(type, count);
            }
        }
        return new WorkspaceSummary(counters.getOrDefault("articles", 0L), counters.getOrDefault("events", 0L),
                counters.getOrDefault("quotes", 0L), count(s, "skipped_inputs"), count(s, "syndications"),
                counters.getOrDefault("incidents", 0L), counters.getOrDefault("contradictions", 0L), byType);
    }

    private static long count(Session s, String table) throws SQLException {
        try (PreparedStatement select = s.prepare("SELECT COUNT(*) FROM " + table);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String actorName(Session s, String code) throws SQLException {
        return names(s, List.of(code)).get(code);
    }

    /** The name given most often to each code (ties: the first name alphabetically). */
    static Map<String, String> names(Session s, Collection<String> codes) throws SQLException {
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += 400) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 400));
            try (PreparedStatement select = s.prepare("SELECT code, name FROM actor_names WHERE code IN ("
                    + Sql.marks(chunk.size()) + ") ORDER BY code, mentions DESC, name")) {
                s.bind(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.putIfAbsent(s.text(rows, 1), s.text(rows, 2));
                    }
                }
            }
        }
        return names;
    }

    static Page<ActorActivity> actors(Session s, Filter filter, String after, int limit) throws SQLException {
        Filter counted = filter.withActors(Set.of());
        Map<String, long[]> counts = counted.isNone() ? totals(s) : counts(s, counted);
        List<ActorActivity> all = new ArrayList<>();
        Map<String, String> names = names(s, counts.keySet());
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            if (!filter.actors().isEmpty() && !filter.actors().contains(entry.getKey())) {
                continue;
            }
            if (c[0] + c[1] + c[2] + c[3] == 0) {
                continue;
            }
            all.add(new ActorActivity(entry.getKey(), names.get(entry.getKey()), c[0], c[1], c[2], c[3]));
        }
        all.sort(MOST_ACTIVE);
        int from = 0;
        if (after != null) {
            List<String> parts = Keys.parts(after, 2);
            long total = Keys.number(parts.get(0), after);
            String code = parts.get(1);
            ActorActivity last = new ActorActivity(code, null, total, 0, 0, 0);
            while (from < all.size() && MOST_ACTIVE.compare(all.get(from), last) <= 0) {
                from++;
            }
        }
        List<ActorActivity> rest = all.subList(from, all.size());
        if (rest.size() <= limit) {
            return new Page<>(rest, null);
        }
        ActorActivity last = rest.get(limit - 1);
        return new Page<>(rest.subList(0, limit), Keys.of(last.total(), last.code()));
    }

    /** Codes to {events as actor, as recipient, quotes, incidents as actor, as recipient}, over everything. */
    private static Map<String, long[]> totals(Session s) throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        try (PreparedStatement select = s.prepare("SELECT code, events_as_actor, events_as_recipient, quotes, "
                + "incidents_as_actor, incidents_as_recipient FROM actor_activity");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(s.text(rows, 1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        rows.getLong(6)});
            }
        }
        return counts;
    }

    /** The same counts over what the filter keeps (its actors are not applied here). */
    private static Map<String, long[]> counts(Session s, Filter filter) throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        Sql events = Sql.events(filter);
        try (PreparedStatement select = s.prepare("SELECT x.code, x.role, COUNT(*) FROM events e JOIN event_actors x "
                + "ON x.event_row_id = e.row_id" + events.where() + " GROUP BY x.code, x.role")) {
            s.bind(select, 1, events);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(s.text(rows, 1), code -> new long[5])["actor".equals(rows.getString(2)) ? 0 : 1]
                            += rows.getLong(3);
                }
            }
        }
        Sql quotes = Sql.quotes(filter).and("q.speaker_code IS NOT NULL").and("q.speaker_code <> ''");
        try (PreparedStatement select = s.prepare("SELECT q.speaker_code, COUNT(*) FROM quotes q" + quotes.where()
                + " GROUP BY q.speaker_code")) {
            s.bind(select, 1, quotes);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(s.text(rows, 1), code -> new long[5])[2] += rows.getLong(2);
                }
            }
        }
        Sql incidents = Sql.incidents(filter, "i");
        try (PreparedStatement select = s.prepare("SELECT x.code, x.role, COUNT(*) FROM incidents i JOIN incident_actors x "
                + "ON x.incident_row_id = i.row_id" + incidents.where() + " GROUP BY x.code, x.role")) {
            s.bind(select, 1, incidents);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(s.text(rows, 1), code -> new long[5])["actor".equals(rows.getString(2)) ? 3 : 4]
                            += rows.getLong(3);
                }
            }
        }
        return counts;
    }

    static Network network(Session s, Filter filter) throws SQLException {
        Map<String, long[]> nodes = new TreeMap<>();
        Map<List<String>, Map<String, Long>> edges = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1)));
        long incidents;
        if (filter.isNone()) {
            totals(s).forEach((code, c) -> {
                if (c[3] + c[4] > 0) {
                    nodes.put(code, new long[] {c[3], c[4]});
                }
            });
            try (PreparedStatement select = s.prepare("SELECT source, target, type, incidents FROM network_edges "
                    + "WHERE incidents > 0");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    edges.computeIfAbsent(List.of(s.text(rows, 1), s.text(rows, 2)), key -> new TreeMap<>())
                            .put(rows.getString(3), rows.getLong(4));
                }
            }
            incidents = summaryIncidents(s);
        } else {
            Sql where = Sql.incidents(filter, "i");
            try (PreparedStatement select = s.prepare("SELECT x.code, x.role, COUNT(*) FROM incidents i JOIN "
                    + "incident_actors x ON x.incident_row_id = i.row_id" + where.where() + " GROUP BY x.code, x.role")) {
                s.bind(select, 1, where);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        nodes.computeIfAbsent(s.text(rows, 1), code -> new long[2])["actor".equals(rows.getString(2)) ? 0 : 1]
                                = rows.getLong(3);
                    }
                }
            }
            try (PreparedStatement select = s.prepare("SELECT a.code, r.code, i.type, COUNT(*) FROM incidents i "
                    + "JOIN incident_actors a ON a.incident_row_id = i.row_id AND a.role = 'actor' "
                    + "JOIN incident_actors r ON r.incident_row_id = i.row_id AND r.role = 'recipient' "
                    + "AND r.code <> a.code" + where.where() + " GROUP BY a.code, r.code, i.type")) {
                s.bind(select, 1, where);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        edges.computeIfAbsent(List.of(s.text(rows, 1), s.text(rows, 2)), key -> new TreeMap<>())
                                .put(rows.getString(3), rows.getLong(4));
                    }
                }
            }
            try (PreparedStatement select = s.prepare("SELECT COUNT(*) FROM incidents i" + where.where())) {
                s.bind(select, 1, where);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    incidents = rows.getLong(1);
                }
            }
        }
        Map<String, String> names = names(s, nodes.keySet());
        List<Network.Node> nodeList = new ArrayList<>();
        nodes.forEach((code, c) -> nodeList.add(new Network.Node(code, names.get(code), c[0], c[1])));
        List<Network.Edge> edgeList = new ArrayList<>();
        edges.forEach((key, types) -> edgeList.add(new Network.Edge(key.get(0) + "->" + key.get(1), key.get(0), key.get(1),
                types.values().stream().mapToLong(Long::longValue).sum(), types)));
        return new Network(nodeList, edgeList, incidents);
    }

    private static long summaryIncidents(Session s) throws SQLException {
        try (PreparedStatement select = s.prepare("SELECT total FROM counters WHERE name = 'incidents'");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
