package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.corroboration.FirstReport;
import parley.core.corroboration.Incident;
import parley.core.corroboration.IncrementalCorroborator;
import parley.core.json.Json;
import parley.core.time.IsoDates;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;

/** Writes incidents into their tables and reads them back into the model record. */
final class IncidentRows {
    /** The sort day of an undated incident: after every dated one. */
    static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);
    /** One row of {@code incident_topics}: an actor or recipient code of an incident with one of its issues. */
    static final String INSERT_TOPIC = "INSERT INTO incident_topics (incident_row_id, role, code, issue, type, first_day, "
            + "last_day, sort_day, incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String COLUMNS = "i.row_id, i.id, i.component, i.type, i.aux, i.date_iso, i.issues, i.actor_codes, "
            + "i.recipient_codes, i.event_ids, i.article_ids, i.outlets, i.first_report_article, "
            + "i.first_report_published, i.best_event_row_id, i.sort_day";
    /** One reader for every list column: finding the deserializer of a type per call costs more than the parse. */
    private static final ObjectReader STRINGS = Json.mapper().readerFor(new TypeReference<List<String>>() {
    });
    private static final int CHUNK = 400;

    private IncidentRows() {
    }

    /** An incident as stored: its row, component and place in the list order. */
    record Row(long rowId, long component, Incident incident, LocalDate sortDay) {
    }

    /** An incident to write, and the component it is an incident of. */
    record Made(Incident incident, long component) {
    }

    /**
     * Writes incidents and points their events at them: a few statements for all of them.
     *
     * @param eventRows the row id of each of their events, by event id
     */
    static void writeAll(Session s, List<Made> made, Map<String, Long> eventRows) throws SQLException {
        if (made.isEmpty()) {
            return;
        }
        Map<String, Long> rowOf = new HashMap<>();
        try (PreparedStatement insert = s.prepare("INSERT INTO incidents (id, component, type, aux, date_iso, "
                + "first_day, last_day, sort_day, issues, actor_codes, recipient_codes, event_ids, article_ids, outlets, "
                + "first_report_article, first_report_published, best_event_row_id, row_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Made one : made) {
                Incident incident = one.incident();
                Long named = eventRows.get(incident.id().substring(Incident.ID_PREFIX.length()));
                if (!incident.id().startsWith(Incident.ID_PREFIX) || named == null) {
                    throw new SQLException("incident " + incident.id() + " is not named after one of its events");
                }
                rowOf.put(incident.id(), named);
                LocalDate first = IsoDates.firstDay(incident.date());
                Long best = eventRows.get(incident.bestEvidence().id());
                if (best == null) {
                    throw new SQLException("incident " + incident.id() + " names an event that is not stored: "
                            + incident.bestEvidence().id());
                }
                s.text(insert, 1, incident.id());
                insert.setLong(2, one.component());
                insert.setString(3, incident.type().name());
                insert.setString(4, incident.aux() == null ? null : incident.aux().id());
                s.text(insert, 5, incident.date());
                Sql.set(insert, 6, first);
                Sql.set(insert, 7, IsoDates.lastDay(incident.date()));
                Sql.set(insert, 8, first == null ? UNDATED : first);
                insert.setString(9, String.join(",", incident.issues()));
                s.text(insert, 10, json(incident.actorCodes()));
                s.text(insert, 11, json(incident.recipientCodes()));
                s.text(insert, 12, json(incident.eventIds()));
                s.text(insert, 13, json(incident.articleIds()));
                s.text(insert, 14, json(incident.outlets()));
                s.text(insert, 15, incident.firstReport() == null ? null : incident.firstReport().articleId());
                Sql.set(insert, 16, incident.firstReport() == null ? null : incident.firstReport().published());
                insert.setLong(17, best);
                insert.setLong(18, named);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement actors = s.prepare("INSERT INTO incident_actors (incident_row_id, role, code, canonical, "
                + "type, first_day, last_day, sort_day, incident_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement topics = s.prepare(INSERT_TOPIC);
             PreparedStatement pairs = s.prepare("INSERT INTO incident_pairs (incident_row_id, low, high, sort_day, "
                     + "incident_id) VALUES (?, ?, ?, ?, ?)")) {
            for (Made one : made) {
                Incident incident = one.incident();
                long rowId = rowOf.get(incident.id());
                LocalDate first = IsoDates.firstDay(incident.date());
                LocalDate last = IsoDates.lastDay(incident.date());
                LocalDate sortDay = first == null ? UNDATED : first;
                addCodes(s, actors, topics, rowId, "actor", incident, first, last);
                addCodes(s, actors, topics, rowId, "recipient", incident, first, last);
                java.util.Set<String> involved = new java.util.TreeSet<>(incident.actorCodes());
                involved.addAll(incident.recipientCodes());
                List<String> sorted = new ArrayList<>(involved);
                for (int a = 0; a < sorted.size(); a++) {
                    for (int b = a + 1; b < sorted.size(); b++) {
                        pairs.setLong(1, rowId);
                        s.text(pairs, 2, sorted.get(a));
                        s.text(pairs, 3, sorted.get(b));
                        Sql.set(pairs, 4, sortDay);
                        s.text(pairs, 5, incident.id());
                        pairs.addBatch();
                    }
                }
            }
            actors.executeBatch();
            topics.executeBatch();
            pairs.executeBatch();
        }
    }

    private static void addCodes(Session s, PreparedStatement insert, PreparedStatement topics, long rowId, String role,
                                 Incident incident, LocalDate first, LocalDate last) throws SQLException {
        for (String code : role.equals("actor") ? incident.actorCodes() : incident.recipientCodes()) {
            insert.setLong(1, rowId);
            insert.setString(2, role);
            s.text(insert, 3, code);
            s.text(insert, 4, IncrementalCorroborator.canonical(code));
            insert.setString(5, incident.type().name());
            Sql.set(insert, 6, first);
            Sql.set(insert, 7, last);
            Sql.set(insert, 8, first == null ? UNDATED : first);
            s.text(insert, 9, incident.id());
            insert.setString(10, first == null ? "U"
                    : parley.core.time.Precision.of(incident.date()) == parley.core.time.Precision.DAY ? "D" : "C");
            insert.addBatch();
            for (String issue : incident.issues()) {
                topics.setLong(1, rowId);
                topics.setString(2, role);
                s.text(topics, 3, code);
                topics.setString(4, issue);
                topics.setString(5, incident.type().name());
                Sql.set(topics, 6, first);
                Sql.set(topics, 7, last);
                Sql.set(topics, 8, first == null ? UNDATED : first);
                s.text(topics, 9, incident.id());
                topics.addBatch();
            }
        }
    }

    /** Runs a query selecting {@link #COLUMNS} and returns the incidents in row order, each with its best evidence. */
    static List<Row> read(Session s, PreparedStatement select) throws SQLException {
        List<Partial> partials = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                partials.add(Partial.read(s, rows));
            }
        }
        List<Long> best = new ArrayList<>();
        partials.forEach(partial -> best.add(partial.bestRow));
        Map<Long, Event> events = new HashMap<>();
        for (EventRows.Row row : EventRows.byRowIds(s, best.stream().distinct().toList())) {
            events.put(row.rowId(), row.event());
        }
        List<Row> found = new ArrayList<>(partials.size());
        for (Partial partial : partials) {
            Event event = events.get(partial.bestRow);
            if (event == null) {
                throw new SQLException("incident " + partial.id + " points at a missing event row " + partial.bestRow);
            }
            found.add(new Row(partial.rowId, partial.component, partial.incident(event), partial.sortDay));
        }
        return found;
    }

    /** The incidents of these rows, in the order given. */
    static List<Row> byRowIds(Session s, List<Long> rowIds) throws SQLException {
        Map<Long, Row> byId = new LinkedHashMap<>();
        for (int from = 0; from < rowIds.size(); from += CHUNK) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT " + COLUMNS + " FROM incidents i WHERE i.row_id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                s.bind(select, 1, chunk);
                for (Row row : read(s, select)) {
                    byId.put(row.rowId(), row);
                }
            }
        }
        List<Row> ordered = new ArrayList<>();
        for (Long rowId : rowIds) {
            if (byId.containsKey(rowId)) {
                ordered.add(byId.get(rowId));
            }
        }
        return ordered;
    }

    static List<Incident> incidents(List<Row> rows) {
        return rows.stream().map(Row::incident).toList();
    }

    static String json(List<String> values) throws SQLException {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write " + values + " as JSON", e);
        }
    }

    static List<String> strings(String json, String what) throws SQLException {
        try {
            return STRINGS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new SQLException(what + " is not a JSON list of strings: " + json, e);
        }
    }

    private record Partial(long rowId, String id, long component, EventType type, Aux aux, String date,
                           List<String> issues, List<String> actors, List<String> recipients, List<String> eventIds,
                           List<String> articleIds, List<String> outlets, FirstReport firstReport, long bestRow,
                           LocalDate sortDay) {
        static Partial read(Session s, ResultSet rows) throws SQLException {
            String id = s.text(rows, "id");
            String issues = rows.getString("issues");
            String firstArticle = s.text(rows, "first_report_article");
            LocalDate firstPublished = Session.date(rows, "first_report_published");
            return new Partial(rows.getLong("row_id"), id, rows.getLong("component"),
                    EventType.valueOf(rows.getString("type")), Aux.fromId(rows.getString("aux")),
                    s.text(rows, "date_iso"), issues.isEmpty() ? List.of() : List.of(issues.split(",")),
                    strings(s.text(rows, "actor_codes"), "actor codes of " + id),
                    strings(s.text(rows, "recipient_codes"), "recipient codes of " + id),
                    strings(s.text(rows, "event_ids"), "event ids of " + id),
                    strings(s.text(rows, "article_ids"), "article ids of " + id),
                    strings(s.text(rows, "outlets"), "outlets of " + id),
                    firstArticle == null || firstPublished == null ? null : new FirstReport(firstArticle, firstPublished),
                    rows.getLong("best_event_row_id"), Session.date(rows, "sort_day"));
        }

        Incident incident(Event best) {
            return new Incident(id, type, aux, actors, recipients, issues, date, eventIds, articleIds, outlets,
                    firstReport, best);
        }
    }
}
