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
 * contradictions of every component its events touch ({@link IncrementalCorroborator}), written
 * at once, because the next article of a batch must see them; the totals (counters, actor names
 * and activity, network edges, stance keys), which nothing reads while a batch is written, are
 * added up and written once by {@link #flush()}. One instance serves one transaction.
 */
final class Derivations {
    private final Session s;
    private final Map<String, Long> counters = new TreeMap<>();
    private final Map<List<String>, Long> names = new LinkedHashMap<>();
    private final Map<String, long[]> activity = new TreeMap<>();
    private final Map<List<String>, Long> edges = new LinkedHashMap<>();
    private final Set<List<String>> stanceKeys = new LinkedHashSet<>();

    Derivations(Session s) {
        this.s = s;
    }

    /** Everything derived from a freshly written article (its rows written by {@link ArticleWriter}). */
    void articleSaved(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
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
        stances(coded, written);
        corroborate(coded, written);
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

    private void stances(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
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

    private void corroborate(CodedArticle coded, ArticleWriter.Written written) throws SQLException {
        List<Event> events = coded.events();
        Set<String> taken = idsTakenElsewhere(coded);
        Set<String> seen = new HashSet<>();
        Map<String, Article> articles = articlesNamed(coded);
        List<StoredReport> fresh = new ArrayList<>();
        try (PreparedStatement keys = s.prepare("INSERT INTO report_keys (event_row_id, code, bucket, kind, first_day, "
                + "last_day, published) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement component = s.prepare("INSERT INTO components (component, event_row_id) VALUES (?, ?)")) {
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

    /** What the article's events name as their doc, without texts: usually the article itself. */
    private Map<String, Article> articlesNamed(CodedArticle coded) throws SQLException {
        Article own = coded.article();
        Map<String, Article> articles = new HashMap<>();
        articles.put(own.id(), new Article(own.id(), own.url(), own.source(), own.published(), null, "", null, null,
                List.of()));
        Set<String> others = new LinkedHashSet<>();
        coded.events().forEach(event -> {
            if (event.doc() != null && !event.doc().equals(own.id())) {
                others.add(event.doc());
            }
        });
        if (!others.isEmpty()) {
            articles.putAll(StoredReports.articles(s, others));
        }
        // An event whose doc names another article that is not stored has none.
        return articles;
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

    private Set<String> idsTakenElsewhere(CodedArticle coded) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        coded.events().forEach(event -> {
            if (event.id() != null && !event.id().isBlank()) {
                ids.add(event.id());
            }
        });
        Set<String> taken = new HashSet<>();
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
    private void dropIncidents(Set<Long> components) throws SQLException {
        List<Long> ids = new ArrayList<>(components);
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
        for (String table : List.of("incident_actors", "incident_pairs")) {
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
