package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
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
    static final String COLUMNS = "i.row_id, i.id, i.component, i.type, i.aux, i.date_iso, i.issues, i.actor_codes, "
            + "i.recipient_codes, i.event_ids, i.article_ids, i.outlets, i.first_report_article, "
            + "i.first_report_published, i.best_event_row_id, i.sort_day";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final int CHUNK = 400;

    private IncidentRows() {
    }

    /** An incident as stored: its row, component and place in the list order. */
    record Row(long rowId, long component, Incident incident, LocalDate sortDay) {
    }

    /**
     * Writes an incident of a component and points its events at it.
     *
     * @param eventRows the row id of each of its events, by event id
     * @return the incident's row id
     */
    static long write(Session s, Incident incident, long component, Map<String, Long> eventRows) throws SQLException {
        LocalDate first = IsoDates.firstDay(incident.date());
        LocalDate last = IsoDates.lastDay(incident.date());
        Long best = eventRows.get(incident.bestEvidence().id());
        if (best == null) {
            throw new SQLException("incident " + incident.id() + " names an event that is not stored: "
                    + incident.bestEvidence().id());
        }
        try (PreparedStatement insert = s.prepare("INSERT INTO incidents (id, component, type, aux, date_iso, "
                + "first_day, last_day, sort_day, issues, actor_codes, recipient_codes, event_ids, article_ids, outlets, "
                + "first_report_article, first_report_published, best_event_row_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.text(insert, 1, incident.id());
            insert.setLong(2, component);
            insert.setString(3, incident.type().name());
            insert.setString(4, incident.aux() == null ? null : incident.aux().id());
            s.text(insert, 5, incident.date());
            Sql.set(insert, 6, first);
            Sql.set(insert, 7, last);
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
            insert.executeUpdate();
        }
        long rowId;
        try (PreparedStatement select = s.prepare("SELECT row_id FROM incidents WHERE id = ?")) {
            s.text(select, 1, incident.id());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                rowId = rows.getLong(1);
            }
        }
        try (PreparedStatement insert = s.prepare("INSERT INTO incident_actors (incident_row_id, role, code, canonical, "
                + "type, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            addCodes(s, insert, rowId, "actor", incident.actorCodes(), incident.type(), first, last);
            addCodes(s, insert, rowId, "recipient", incident.recipientCodes(), incident.type(), first, last);
            insert.executeBatch();
        }
        List<Long> members = new ArrayList<>();
        for (String eventId : incident.eventIds()) {
            Long row = eventRows.get(eventId);
            if (row == null) {
                throw new SQLException("incident " + incident.id() + " names an event that is not stored: " + eventId);
            }
            members.add(row);
        }
        for (int from = 0; from < members.size(); from += CHUNK) {
            List<Long> chunk = members.subList(from, Math.min(members.size(), from + CHUNK));
            try (PreparedStatement update = s.prepare("UPDATE events SET incident_row_id = ?, component = ? "
                    + "WHERE row_id IN (" + Sql.marks(chunk.size()) + ")")) {
                update.setLong(1, rowId);
                update.setLong(2, component);
                s.bind(update, 3, chunk);
                update.executeUpdate();
            }
        }
        return rowId;
    }

    private static void addCodes(Session s, PreparedStatement insert, long rowId, String role, List<String> codes,
                                 EventType type, LocalDate first, LocalDate last) throws SQLException {
        for (String code : codes) {
            insert.setLong(1, rowId);
            insert.setString(2, role);
            s.text(insert, 3, code);
            s.text(insert, 4, IncrementalCorroborator.canonical(code));
            insert.setString(5, type.name());
            Sql.set(insert, 6, first);
            Sql.set(insert, 7, last);
            insert.addBatch();
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
            return Json.mapper().readValue(json, STRINGS);
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
