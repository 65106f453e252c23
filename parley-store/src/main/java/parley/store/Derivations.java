package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.corroboration.IncrementalCorroborator;
import parley.core.corroboration.ReportKey;
import parley.core.corroboration.StoredReport;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;

/**
 * Keeps what is derived from the events in step when an article is saved, in the same
 * transaction and under the write lock: the counters, actor names and activity, the stances, the
 * report keys, and the incidents, contradictions and network edges of every component the
 * article's events touch ({@link IncrementalCorroborator}).
 */
final class Derivations {
    private final Session s;

    Derivations(Session s) {
        this.s = s;
    }

    /** Everything derived from a freshly written article (its rows written by {@link ArticleWriter}). */
    void articleSaved(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
        List<Event> events = coded.events();
        Map<String, Long> counts = new TreeMap<>();
        counts.put("articles", 1L);
        counts.merge("events", (long) events.size(), Long::sum);
        counts.merge("quotes", (long) coded.quotes().size(), Long::sum);
        for (Event event : events) {
            counts.merge("events:" + event.type().name(), 1L, Long::sum);
        }
        addToCounters(counts);
        names(events);
        activity(coded);
        stances(coded, written);
        corroborate(coded, written);
    }

    // ---- counters, names, activity ----

    void addToCounters(Map<String, Long> deltas) throws SQLException {
        for (Map.Entry<String, Long> delta : deltas.entrySet()) {
            if (delta.getValue() == 0) {
                continue;
            }
            bump("UPDATE counters SET total = total + ? WHERE name = ?", "INSERT INTO counters (total, name) VALUES (?, ?)",
                    delta.getValue(), List.of(delta.getKey()));
        }
    }

    private void names(List<Event> events) throws SQLException {
        Map<List<String>, Long> mentions = new LinkedHashMap<>();
        for (Event event : events) {
            for (List<ActorRef> refs : List.of(event.actor(), event.recipient())) {
                for (ActorRef ref : refs) {
                    if (ref.name() != null && !ref.name().isBlank()) {
                        mentions.merge(List.of(ref.code(), ref.name()), 1L, Long::sum);
                    }
                }
            }
        }
        for (Map.Entry<List<String>, Long> mention : mentions.entrySet()) {
            bump("UPDATE actor_names SET mentions = mentions + ? WHERE code = ? AND name = ?",
                    "INSERT INTO actor_names (mentions, code, name) VALUES (?, ?, ?)", mention.getValue(), mention.getKey());
        }
    }

    private void activity(CodedArticle coded) throws SQLException {
        Map<String, long[]> deltas = new TreeMap<>();
        for (Event event : coded.events()) {
            event.actor().forEach(ref -> deltas.computeIfAbsent(ref.code(), code -> new long[5])[0]++);
            event.recipient().forEach(ref -> deltas.computeIfAbsent(ref.code(), code -> new long[5])[1]++);
        }
        coded.quotes().forEach(quote -> {
            if (quote.speakerCode() != null && !quote.speakerCode().isBlank()) {
                deltas.computeIfAbsent(quote.speakerCode(), code -> new long[5])[2]++;
            }
        });
        addActivity(deltas);
    }

    /** Adds to the activity of each code: events as actor, as recipient, quotes, incidents as actor, as recipient. */
    void addActivity(Map<String, long[]> deltas) throws SQLException {
        for (Map.Entry<String, long[]> entry : deltas.entrySet()) {
            long[] d = entry.getValue();
            if (d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] == 0 && d[4] == 0) {
                continue;
            }
            try (PreparedStatement update = s.prepare("UPDATE actor_activity SET events_as_actor = events_as_actor + ?, "
                    + "events_as_recipient = events_as_recipient + ?, quotes = quotes + ?, "
                    + "incidents_as_actor = incidents_as_actor + ?, incidents_as_recipient = incidents_as_recipient + ? "
                    + "WHERE code = ?")) {
                for (int i = 0; i < 5; i++) {
                    update.setLong(i + 1, d[i]);
                }
                s.text(update, 6, entry.getKey());
                if (update.executeUpdate() > 0) {
                    continue;
                }
            }
            try (PreparedStatement insert = s.prepare("INSERT INTO actor_activity (events_as_actor, events_as_recipient, "
                    + "quotes, incidents_as_actor, incidents_as_recipient, code) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 5; i++) {
                    insert.setLong(i + 1, d[i]);
                }
                s.text(insert, 6, entry.getKey());
                insert.executeUpdate();
            }
        }
    }

    /** UPDATE adding {@code delta}, or INSERT when there is no row yet (safe: writers hold the write lock). */
    private void bump(String update, String insert, long delta, List<String> key) throws SQLException {
        try (PreparedStatement statement = s.prepare(update)) {
            statement.setLong(1, delta);
            for (int i = 0; i < key.size(); i++) {
                s.text(statement, i + 2, key.get(i));
            }
            if (statement.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement statement = s.prepare(insert)) {
            statement.setLong(1, delta);
            for (int i = 0; i < key.size(); i++) {
                s.text(statement, i + 2, key.get(i));
            }
            statement.executeUpdate();
        }
    }

    // ---- stances ----

    private void stances(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
        Set<List<String>> keys = new LinkedHashSet<>();
        try (PreparedStatement insert = s.prepare("INSERT INTO stances (event_row_id, actor, issue, stance, type, "
                + "date_iso, first_day, last_day, article_order, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int seq = 0; seq < coded.events().size(); seq++) {
                Event event = coded.events().get(seq);
                // An event that names an actor twice shows its stance once.
                Map<List<String>, Position> once = new LinkedHashMap<>();
                for (Position position : PositionTracker.positions(List.of(event))) {
                    once.put(List.of(position.actor(), position.issue()), position);
                }
                for (Position position : once.values()) {
                    insert.setLong(1, written.rowIds()[seq]);
                    s.text(insert, 2, position.actor());
                    insert.setString(3, position.issue());
                    insert.setString(4, position.stance().id());
                    insert.setString(5, event.type().name());
                    s.text(insert, 6, event.date());
                    Sql.set(insert, 7, IsoDates.firstDay(event.date()));
                    Sql.set(insert, 8, IsoDates.lastDay(event.date()));
                    insert.setLong(9, written.order());
                    insert.setInt(10, seq);
                    insert.addBatch();
                    any = true;
                    keys.add(List.of(position.actor(), position.issue()));
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        for (List<String> key : keys) {
            try (PreparedStatement insert = s.prepare("INSERT INTO stance_keys (actor, issue) SELECT ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM stance_keys WHERE actor = ? AND issue = ?)")) {
                s.text(insert, 1, key.get(0));
                insert.setString(2, key.get(1));
                s.text(insert, 3, key.get(0));
                insert.setString(4, key.get(1));
                insert.executeUpdate();
            }
        }
    }

    // ---- corroboration ----

    private void corroborate(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
        List<Event> events = coded.events();
        Set<String> taken = idsTakenElsewhere(coded);
        Set<String> seen = new HashSet<>();
        Set<String> docs = new LinkedHashSet<>();
        events.forEach(event -> {
            if (event.doc() != null) {
                docs.add(event.doc());
            }
        });
        Map<String, Article> articles = StoredReports.articles(s, docs);
        List<StoredReport> fresh = new ArrayList<>();
        try (PreparedStatement keys = s.prepare("INSERT INTO report_keys (event_row_id, code, bucket, kind, first_day, "
                + "last_day, published) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement component = s.prepare("UPDATE events SET component = ? WHERE row_id = ?")) {
            for (int seq = 0; seq < events.size(); seq++) {
                Event event = events.get(seq);
                // Incidents are named after their events: an event without an id, or with the id of
                // another stored event, cannot be told apart and is not corroborated.
                if (event.id() == null || event.id().isBlank() || taken.contains(event.id()) || !seen.add(event.id())) {
                    continue;
                }
                Article article = event.doc() == null ? null : articles.get(event.doc());
                ReportKey key = IncrementalCorroborator.key(event, article);
                long rowId = written.rowIds()[seq];
                for (String code : key.actorCodes()) {
                    keys.setLong(1, rowId);
                    s.text(keys, 2, code);
                    s.text(keys, 3, key.bucket());
                    keys.setString(4, StoredReports.kind(key.kind()));
                    Sql.set(keys, 5, key.first());
                    Sql.set(keys, 6, key.last());
                    Sql.set(keys, 7, key.published());
                    keys.addBatch();
                }
                component.setLong(1, rowId);
                component.setLong(2, rowId);
                component.addBatch();
                fresh.add(new StoredReport(event, article, rowId));
            }
            if (!fresh.isEmpty()) {
                keys.executeBatch();
                component.executeBatch();
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        StoredReports index = new StoredReports(s);
        List<IncrementalCorroborator.Update> updates = IncrementalCorroborator.merge(fresh, index);
        Changes changes = new Changes();
        for (IncrementalCorroborator.Update update : updates) {
            dropIncidents(update.replaced(), changes);
        }
        List<Incident> made = new ArrayList<>();
        for (IncrementalCorroborator.Update update : updates) {
            Map<String, Long> rows = eventRows(update.replaced());
            for (Incident incident : update.incidents()) {
                IncidentRows.write(s, incident, update.component(), rows);
                changes.count(incident, +1);
                made.add(incident);
            }
        }
        long added = 0;
        for (Contradiction contradiction : IncrementalCorroborator.contradictions(made, index)) {
            added += insertContradiction(contradiction);
        }
        changes.counters.merge("contradictions", added, Long::sum);
        changes.apply(this);
    }

    /** The row of each corroborated event of these components, by event id (unique among them). */
    private Map<String, Long> eventRows(Set<Long> components) throws SQLException {
        List<Long> ids = new ArrayList<>(components);
        Map<String, Long> rows = new HashMap<>();
        try (PreparedStatement select = s.prepare("SELECT id, row_id FROM events WHERE component IN ("
                + Sql.marks(ids.size()) + ")")) {
            s.bind(select, 1, ids);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.put(s.text(found, 1), found.getLong(2));
                }
            }
        }
        return rows;
    }

    private Set<String> idsTakenElsewhere(CodedArticle coded) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        coded.events().forEach(event -> {
            if (event.id() != null && !event.id().isBlank()) {
                ids.add(event.id());
            }
        });
        Set<String> taken = new HashSet<>();
        if (ids.isEmpty()) {
            return taken;
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 400) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 400));
            try (PreparedStatement select = s.prepare("SELECT id FROM events WHERE id IN (" + Sql.marks(chunk.size())
                    + ") AND article_id <> ?")) {
                int next = s.bind(select, 1, chunk);
                s.text(select, next, coded.article().id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        taken.add(s.text(rows, 1));
                    }
                }
            }
        }
        return taken;
    }

    /** Removes the incidents of these components, with their codes and contradictions. */
    private void dropIncidents(Set<Long> components, Changes changes) throws SQLException {
        List<Long> ids = new ArrayList<>(components);
        List<IncidentRows.Row> old = new ArrayList<>();
        try (PreparedStatement select = s.prepare("SELECT " + IncidentRows.COLUMNS + " FROM incidents i "
                + "WHERE i.component IN (" + Sql.marks(ids.size()) + ")")) {
            s.bind(select, 1, ids);
            old.addAll(IncidentRows.read(s, select));
        }
        if (old.isEmpty()) {
            return;
        }
        List<Long> rows = new ArrayList<>();
        List<String> incidentIds = new ArrayList<>();
        for (IncidentRows.Row row : old) {
            rows.add(row.rowId());
            incidentIds.add(row.incident().id());
            changes.count(row.incident(), -1);
        }
        try (PreparedStatement delete = s.prepare("DELETE FROM contradictions WHERE accepting_id IN ("
                + Sql.marks(incidentIds.size()) + ") OR rejecting_id IN (" + Sql.marks(incidentIds.size()) + ")")) {
            int next = s.bind(delete, 1, incidentIds);
            s.bind(delete, next, incidentIds);
            changes.counters.merge("contradictions", -(long) delete.executeUpdate(), Long::sum);
        }
        try (PreparedStatement delete = s.prepare("DELETE FROM incident_actors WHERE incident_row_id IN ("
                + Sql.marks(rows.size()) + ")")) {
            s.bind(delete, 1, rows);
            delete.executeUpdate();
        }
        try (PreparedStatement clear = s.prepare("UPDATE events SET incident_row_id = NULL WHERE incident_row_id IN ("
                + Sql.marks(rows.size()) + ")")) {
            s.bind(clear, 1, rows);
            clear.executeUpdate();
        }
        try (PreparedStatement delete = s.prepare("DELETE FROM incidents WHERE row_id IN (" + Sql.marks(rows.size()) + ")")) {
            s.bind(delete, 1, rows);
            delete.executeUpdate();
        }
    }

    private int insertContradiction(Contradiction contradiction) throws SQLException {
        try (PreparedStatement insert = s.prepare("INSERT INTO contradictions (accepting_id, rejecting_id, actor_code, "
                + "reason) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contradictions WHERE accepting_id = ? "
                + "AND rejecting_id = ? AND actor_code = ?)")) {
            s.text(insert, 1, contradiction.accepting().id());
            s.text(insert, 2, contradiction.rejecting().id());
            s.text(insert, 3, contradiction.actorCode());
            s.text(insert, 4, contradiction.reason());
            s.text(insert, 5, contradiction.accepting().id());
            s.text(insert, 6, contradiction.rejecting().id());
            s.text(insert, 7, contradiction.actorCode());
            return insert.executeUpdate();
        }
    }

    /** What incidents came and went: counters, activity and network edges to adjust at the end. */
    private static final class Changes {
        final Map<String, Long> counters = new TreeMap<>();
        final Map<String, long[]> activity = new TreeMap<>();
        final Map<List<String>, Long> edges = new LinkedHashMap<>();

        void count(Incident incident, int sign) {
            counters.merge("incidents", (long) sign, Long::sum);
            incident.actorCodes().forEach(code -> activity.computeIfAbsent(code, c -> new long[5])[3] += sign);
            incident.recipientCodes().forEach(code -> activity.computeIfAbsent(code, c -> new long[5])[4] += sign);
            for (String source : incident.actorCodes()) {
                for (String target : incident.recipientCodes()) {
                    if (!source.equals(target)) {
                        edges.merge(List.of(source, target, incident.type().name()), (long) sign, Long::sum);
                    }
                }
            }
        }

        void apply(Derivations derivations) throws SQLException {
            derivations.addToCounters(counters);
            derivations.addActivity(activity);
            for (Map.Entry<List<String>, Long> edge : edges.entrySet()) {
                if (edge.getValue() != 0) {
                    derivations.bump("UPDATE network_edges SET incidents = incidents + ? WHERE source = ? AND target = ? "
                            + "AND type = ?", "INSERT INTO network_edges (incidents, source, target, type) VALUES (?, ?, ?, ?)",
                            edge.getValue(), edge.getKey());
                }
            }
        }
    }
}
