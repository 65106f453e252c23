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
 * Keeps what is derived from the events in step when articles are saved, in the same transaction
 * and under the write lock: the stances and report keys of each article, and the incidents and
 * contradictions of every component their events touch ({@link IncrementalCorroborator}, one
 * merge for all the articles of a batch, which gives what merging them one at a time in their
 * order gives); the totals (counters, actor names and activity, network edges, stance keys) are
 * added up and written once by {@link #flush()}. One instance serves one transaction.
 */
final class Derivations {
    private static final int CHUNK = 400;
    private final Session s;
    private final Map<String, Long> counters = new TreeMap<>();
    private final Map<List<String>, Long> names = new LinkedHashMap<>();
    private final Map<String, long[]> activity = new TreeMap<>();
    private final Map<List<String>, Long> edges = new LinkedHashMap<>();
    private final Set<List<String>> stanceKeys = new LinkedHashSet<>();

    Derivations(Session s) {
        this.s = s;
    }

    /** A freshly written article: its rows written by {@link ArticleWriter}. */
    record Saved(CodedArticle coded, ArticleWriter.Written written) {
    }

    /** Everything derived from freshly written articles, given in the order they were written. */
    void articlesSaved(List<Saved> saved) throws SQLException {
        List<List<Object>> stanceRows = new ArrayList<>();
        for (Saved one : saved) {
            totals(one.coded());
            stanceRows.addAll(stances(one.coded(), one.written()));
        }
        insertStances(stanceRows);
        corroborate(saved);
    }

    private void totals(CodedArticle coded) {
        List<Event> events = coded.events();
        counters.merge("articles", 1L, Long::sum);
        counters.merge("events", (long) events.size(), Long::sum);
        counters.merge("quotes", (long) coded.quotes().size(), Long::sum);
        for (Event event : events) {
            counters.merge("events:" + event.type().name(), 1L, Long::sum);
            for (List<ActorRef> refs : List.of(event.actor(), event.recipient())) {
                for (ActorRef ref : refs) {
                    if (ref.name() != null && !ref.name().isBlank()) {
                        names.merge(List.of(ref.code(), ref.name()), 1L, Long::sum);
                    }
                }
            }
            event.actor().forEach(ref -> activity(ref.code())[0]++);
            event.recipient().forEach(ref -> activity(ref.code())[1]++);
        }
        coded.quotes().forEach(quote -> {
            if (quote.speakerCode() != null && !quote.speakerCode().isBlank()) {
                activity(quote.speakerCode())[2]++;
            }
        });
    }

    private long[] activity(String code) {
        return activity.computeIfAbsent(code, c -> new long[5]);
    }

    /** Writes the totals added up since the last flush. */
    void flush() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        counters.forEach((name, delta) -> {
            if (delta != 0) {
                rows.add(List.of(delta, name));
            }
        });
        upsert("UPDATE counters SET total = total + ? WHERE name = ?", "INSERT INTO counters (total, name) VALUES (?, ?)",
                rows);
        rows.clear();
        names.forEach((key, delta) -> rows.add(List.of(delta, key.get(0), key.get(1))));
        upsert("UPDATE actor_names SET mentions = mentions + ? WHERE code = ? AND name = ?",
                "INSERT INTO actor_names (mentions, code, name) VALUES (?, ?, ?)", rows);
        rows.clear();
        activity.forEach((code, d) -> {
            if (d[0] != 0 || d[1] != 0 || d[2] != 0 || d[3] != 0 || d[4] != 0) {
                rows.add(List.of(d[0], d[1], d[2], d[3], d[4], code));
            }
        });
        upsert("UPDATE actor_activity SET events_as_actor = events_as_actor + ?, "
                        + "events_as_recipient = events_as_recipient + ?, quotes = quotes + ?, "
                        + "incidents_as_actor = incidents_as_actor + ?, incidents_as_recipient = incidents_as_recipient + ? "
                        + "WHERE code = ?",
                "INSERT INTO actor_activity (events_as_actor, events_as_recipient, quotes, incidents_as_actor, "
                        + "incidents_as_recipient, code) VALUES (?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
        edges.forEach((key, delta) -> {
            if (delta != 0) {
                rows.add(List.of(delta, key.get(0), key.get(1), key.get(2)));
            }
        });
        upsert("UPDATE network_edges SET incidents = incidents + ? WHERE source = ? AND target = ? AND type = ?",
                "INSERT INTO network_edges (incidents, source, target, type) VALUES (?, ?, ?, ?)", rows);
        if (!stanceKeys.isEmpty()) {
            try (PreparedStatement insert = s.prepare("INSERT INTO stance_keys (actor, issue) SELECT ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM stance_keys WHERE actor = ? AND issue = ?)")) {
                for (List<String> key : stanceKeys) {
                    s.bind(insert, 1, List.of(key.get(0), key.get(1), key.get(0), key.get(1)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        counters.clear();
        names.clear();
        activity.clear();
        edges.clear();
        stanceKeys.clear();
    }

    /**
     * Adds to rows that exist ({@code update}, in one batch) and inserts the others ({@code insert},
     * the same values): safe, because writers hold the write lock.
     */
    private void upsert(String update, String insert, List<List<Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement statement = s.prepare(update)) {
            for (List<Object> row : rows) {
                s.bind(statement, 1, row);
                statement.addBatch();
            }
            updated = statement.executeBatch();
        }
        List<List<Object>> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement statement = s.prepare(insert)) {
                for (List<Object> row : missing) {
                    s.bind(statement, 1, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    // ---- stances ----

    private List<List<Object>> stances(CodedArticle coded, ArticleWriter.Written written) {
        List<List<Object>> rows = new ArrayList<>();
        for (int seq = 0; seq < coded.events().size(); seq++) {
            Event event = coded.events().get(seq);
            // An event that names an actor twice shows its stance once.
            Map<List<String>, Position> once = new LinkedHashMap<>();
            for (Position position : PositionTracker.positions(List.of(event))) {
                once.put(List.of(position.actor(), position.issue()), position);
            }
            for (Position position : once.values()) {
                List<Object> row = new ArrayList<>();
                row.add(written.rowIds()[seq]);
                row.add(position.actor());
                row.add(position.issue());
                row.add(position.stance().id());
                row.add(event.type().name());
                row.add(event.date());
                row.add(IsoDates.firstDay(event.date()));
                row.add(IsoDates.lastDay(event.date()));
                row.add(written.order());
                row.add(seq);
                rows.add(row);
                stanceKeys.add(List.of(position.actor(), position.issue()));
            }
        }
        return rows;
    }

    private void insertStances(List<List<Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = s.prepare("INSERT INTO stances (event_row_id, actor, issue, stance, type, "
                + "date_iso, first_day, last_day, article_order, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (List<Object> row : rows) {
                s.bind(insert, 1, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // ---- corroboration ----

    private void corroborate(List<Saved> saved) throws SQLException {
        Map<String, Long> firstOrders = firstOrders(saved);
        Map<String, Saved> batch = new HashMap<>();
        saved.forEach(one -> batch.put(one.coded().article().id(), one));
        Map<String, Article> stored = storedArticlesNamed(saved, batch);
        List<StoredReport> fresh = new ArrayList<>();
        try (PreparedStatement keys = s.prepare("INSERT INTO report_keys (event_row_id, code, bucket, kind, first_day, "
                + "last_day, published) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement component = s.prepare("INSERT INTO components (component, event_row_id) VALUES (?, ?)")) {
            for (Saved one : saved) {
                CodedArticle coded = one.coded();
                long order = one.written().order();
                Set<String> seen = new HashSet<>();
                List<Event> events = coded.events();
                for (int seq = 0; seq < events.size(); seq++) {
                    Event event = events.get(seq);
                    // Incidents are named after their events: an event without an id, or with the id of
                    // an event stored before it, cannot be told apart and is not corroborated.
                    if (event.id() == null || event.id().isBlank() || !Long.valueOf(order).equals(firstOrders.get(event.id()))
                            || !seen.add(event.id())) {
                        continue;
                    }
                    Article article = event.doc() == null ? null : articleNamed(event.doc(), one, batch, stored);
                    ReportKey key = IncrementalCorroborator.key(event, article);
                    long rowId = one.written().rowIds()[seq];
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
        Set<Long> freshComponents = new HashSet<>();
        fresh.forEach(report -> freshComponents.add(report.component()));
        Set<Long> replaced = new LinkedHashSet<>();
        updates.forEach(update -> replaced.addAll(update.replaced()));
        Set<Long> old = new LinkedHashSet<>(replaced);
        old.removeAll(freshComponents);
        if (!old.isEmpty()) {
            dropIncidents(old);
        }
        Map<String, Long> rows = eventRows(replaced);
        List<IncidentRows.Made> made = new ArrayList<>();
        // Components that merged take the smallest id of them.
        try (PreparedStatement merge = s.prepare("UPDATE components SET component = ? WHERE component = ?")) {
            boolean any = false;
            for (IncrementalCorroborator.Update update : updates) {
                for (Long absorbed : update.replaced()) {
                    if (absorbed != update.component()) {
                        merge.setLong(1, update.component());
                        merge.setLong(2, absorbed);
                        merge.addBatch();
                        any = true;
                    }
                }
            }
            if (any) {
                merge.executeBatch();
            }
        }
        for (IncrementalCorroborator.Update update : updates) {
            for (Incident incident : update.incidents()) {
                made.add(new IncidentRows.Made(incident, update.component()));
                count(incident, +1);
            }
        }
        IncidentRows.writeAll(s, made, rows);
        List<Contradiction> contradictions = IncrementalCorroborator.contradictions(
                made.stream().map(IncidentRows.Made::incident).toList(), index);
        if (!contradictions.isEmpty()) {
            try (PreparedStatement insert = s.prepare("INSERT INTO contradictions (accepting_id, rejecting_id, actor_code, "
                    + "reason) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contradictions WHERE accepting_id = ? "
                    + "AND rejecting_id = ? AND actor_code = ?)")) {
                for (Contradiction c : contradictions) {
                    s.bind(insert, 1, List.of(c.accepting().id(), c.rejecting().id(), c.actorCode(), c.reason(),
                            c.accepting().id(), c.rejecting().id(), c.actorCode()));
                    insert.addBatch();
                }
                long added = 0;
                for (int count : insert.executeBatch()) {
                    added += Math.max(0, count);
                }
                counters.merge("contradictions", added, Long::sum);
            }
        }
    }

    /**
     * The article an event of {@code one} names as its doc, without text: its own, one saved before
     * it, or none (null) when that article is not stored yet, as when the articles are saved one
     * at a time.
     */
    private static Article articleNamed(String doc, Saved one, Map<String, Saved> batch, Map<String, Article> stored) {
        Saved other = batch.get(doc);
        if (other != null) {
            return other.written().order() <= one.written().order() ? withoutText(other.coded().article()) : null;
        }
        return stored.get(doc);
    }

    private static Article withoutText(Article a) {
        return new Article(a.id(), a.url(), a.source(), a.published(), null, "", null, null, List.of());
    }

    /** The articles stored before this batch that its events name as their doc. */
    private Map<String, Article> storedArticlesNamed(List<Saved> saved, Map<String, Saved> batch) throws SQLException {
        Set<String> others = new LinkedHashSet<>();
        saved.forEach(one -> one.coded().events().forEach(event -> {
            if (event.doc() != null && !batch.containsKey(event.doc())) {
                others.add(event.doc());
            }
        }));
        return others.isEmpty() ? Map.of() : StoredReports.articles(s, others);
    }

    /** The row of each corroborated event of these components, by event id (unique among them). */
    private Map<String, Long> eventRows(Set<Long> components) throws SQLException {
        List<Long> ids = new ArrayList<>(components);
        Map<String, Long> rows = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 400) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
            try (PreparedStatement select = s.prepare("SELECT e.id, e.row_id FROM components c JOIN events e "
                    + "ON e.row_id = c.event_row_id WHERE c.component IN (" + Sql.marks(chunk.size()) + ")")) {
                s.bind(select, 1, chunk);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        rows.put(s.text(found, 1), found.getLong(2));
                    }
                }
            }
        }
        return rows;
    }

    /** The stored order of the first article with each event id of these articles. */
    private Map<String, Long> firstOrders(List<Saved> saved) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        saved.forEach(one -> one.coded().events().forEach(event -> {
            if (event.id() != null && !event.id().isBlank()) {
                ids.add(event.id());
            }
        }));
        Map<String, Long> first = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT id, MIN(article_order) FROM events WHERE id IN ("
                    + Sql.marks(chunk.size()) + ") GROUP BY id")) {
                s.bind(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        first.put(s.text(rows, 1), rows.getLong(2));
                    }
                }
            }
        }
        return first;
    }

    /** Removes the incidents of these components, with their codes and contradictions. */
    private void dropIncidents(Set<Long> components) throws SQLException {
        List<Long> ids = new ArrayList<>(components);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dropIncidentsOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    private void dropIncidentsOf(List<Long> ids) throws SQLException {
        List<IncidentRows.Row> old;
        try (PreparedStatement select = s.prepare("SELECT " + IncidentRows.COLUMNS + " FROM incidents i "
                + "WHERE i.component IN (" + Sql.marks(ids.size()) + ")")) {
            s.bind(select, 1, ids);
            old = IncidentRows.read(s, select);
        }
        if (old.isEmpty()) {
            return;
        }
        List<Long> rows = new ArrayList<>();
        List<String> incidentIds = new ArrayList<>();
        for (IncidentRows.Row row : old) {
            rows.add(row.rowId());
            incidentIds.add(row.incident().id());
            count(row.incident(), -1);
        }
        try (PreparedStatement delete = s.prepare("DELETE FROM contradictions WHERE accepting_id IN ("
                + Sql.marks(incidentIds.size()) + ") OR rejecting_id IN (" + Sql.marks(incidentIds.size()) + ")")) {
            int next = s.bind(delete, 1, incidentIds);
            s.bind(delete, next, incidentIds);
            counters.merge("contradictions", -(long) delete.executeUpdate(), Long::sum);
        }
        for (String table : List.of("incident_actors", "incident_topics", "incident_pairs")) {
            try (PreparedStatement delete = s.prepare("DELETE FROM " + table + " WHERE incident_row_id IN ("
                    + Sql.marks(rows.size()) + ")")) {
                s.bind(delete, 1, rows);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = s.prepare("DELETE FROM incidents WHERE row_id IN (" + Sql.marks(rows.size()) + ")")) {
            s.bind(delete, 1, rows);
            delete.executeUpdate();
        }
    }

    /** Adds (or with -1 takes away) an incident from the totals. */
    private void count(Incident incident, int sign) {
        counters.merge("incidents", (long) sign, Long::sum);
        incident.actorCodes().forEach(code -> activity(code)[3] += sign);
        incident.recipientCodes().forEach(code -> activity(code)[4] += sign);
        for (String source : incident.actorCodes()) {
            for (String target : incident.recipientCodes()) {
                if (!source.equals(target)) {
                    edges.merge(List.of(source, target, incident.type().name()), (long) sign, Long::sum);
                }
            }
        }
    }
}
