package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.model.ActorRef;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;

/**
 * Reads events back into the model record: the columns of the chosen rows first, then the actors
 * and recipients of all of them in one query per few hundred events.
 */
final class EventRows {
    /** The columns every event query selects, from the events table aliased {@code e}. */
    static final String COLUMNS = "e.row_id, e.id, e.doc, e.type, e.mode, e.issues, e.date_iso, e.date_text, e.aux, "
            + "e.has_location, e.location_text, e.location_code, e.evidence_sentence, e.evidence_start, "
            + "e.evidence_end, e.quote, e.confidence, e.has_provenance, e.rule, e.trigger_word, "
            + "e.dictionary_version, e.codebook_version, e.article_order, e.seq, e.rules";
    private static final int CHUNK = 400;

    private EventRows() {
    }

    /** One event row as read, with its place in the stored order. */
    record Row(long rowId, Event event, long articleOrder, int seq) {
    }

    /** Events read, each once, and how many rows the query returned. */
    record Read(List<Row> rows, int rawRows) {
    }

    /** Runs a query that selects {@link #COLUMNS} (and maybe more) and returns its events in row order. */
    static List<Row> read(Session s, PreparedStatement select) throws SQLException {
        return readCounting(s, select).rows();
    }

    /** Like {@link #read}, counting the rows (an event joined twice comes once in the list). */
    static Read readCounting(Session s, PreparedStatement select) throws SQLException {
        Map<Long, Columns> columns = new LinkedHashMap<>();
        int raw = 0;
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                raw++;
                long rowId = rows.getLong("row_id");
                if (!columns.containsKey(rowId)) {
                    columns.put(rowId, Columns.read(s, rows));
                }
            }
        }
        Map<Long, List<ActorRef>[]> actors = actors(s, new ArrayList<>(columns.keySet()));
        List<Row> found = new ArrayList<>(columns.size());
        for (Map.Entry<Long, Columns> entry : columns.entrySet()) {
            Columns c = entry.getValue();
            List<ActorRef>[] refs = actors.get(entry.getKey());
            found.add(new Row(entry.getKey(), c.event(refs == null ? List.of() : refs[0], refs == null ? List.of() : refs[1]),
                    c.articleOrder, c.seq));
        }
        return new Read(found, raw);
    }

    /** The events of rows whose ids are given, in the order given (missing ids are left out). */
    static List<Row> byRowIds(Session s, List<Long> rowIds) throws SQLException {
        Map<Long, Row> byId = new HashMap<>();
        for (int from = 0; from < rowIds.size(); from += CHUNK) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT " + COLUMNS + " FROM events e WHERE e.row_id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                s.bind(select, 1, chunk);
                for (Row row : read(s, select)) {
                    byId.put(row.rowId(), row);
                }
            }
        }
        List<Row> ordered = new ArrayList<>();
        for (Long rowId : rowIds) {
            Row row = byId.get(rowId);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    static List<Event> events(List<Row> rows) {
        List<Event> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(row.event()));
        return events;
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, List<ActorRef>[]> actors(Session s, List<Long> rowIds) throws SQLException {
        Map<Long, List<ActorRef>[]> actors = new HashMap<>();
        for (int from = 0; from < rowIds.size(); from += CHUNK) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT event_row_id, role, text, name, code, sector "
                    + "FROM event_actors WHERE event_row_id IN (" + Sql.marks(chunk.size()) + ") "
                    + "ORDER BY event_row_id, role, ordinal")) {
                s.bind(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<ActorRef>[] refs = actors.computeIfAbsent(rows.getLong(1),
                                id -> new List[] {new ArrayList<>(), new ArrayList<>()});
                        ActorRef ref = new ActorRef(s.text(rows, 3), s.text(rows, 4), s.text(rows, 5), s.text(rows, 6));
                        refs["actor".equals(rows.getString(2)) ? 0 : 1].add(ref);
                    }
                }
            }
        }
        return actors;
    }

    /** The columns of the events table of one row. */
    private record Columns(String id, String doc, EventType type, String mode, List<String> issues,
                           String date, String dateText, Aux aux, Location location, Evidence evidence,
                           String quote, double confidence, Provenance provenance, long articleOrder, int seq) {
        /** Stored rules, one a line; an event stored before version 6 has its trigger rule alone. */
        private static Provenance provenance(Session s, ResultSet rows) throws SQLException {
            String rule = s.text(rows, "rule");
            String rules = s.text(rows, "rules");
            return rules == null
                    ? new Provenance(rule, s.text(rows, "trigger_word"), s.text(rows, "dictionary_version"),
                            s.text(rows, "codebook_version"))
                    : new Provenance(rule, s.text(rows, "trigger_word"),
                            rules.isEmpty() ? List.of() : List.of(rules.split("\n")),
                            s.text(rows, "dictionary_version"), s.text(rows, "codebook_version"), null);
        }

        static Columns read(Session s, ResultSet rows) throws SQLException {
            String issues = rows.getString("issues");
            Location location = rows.getBoolean("has_location")
                    ? new Location(s.text(rows, "location_text"), s.text(rows, "location_code")) : null;
            Provenance provenance = rows.getBoolean("has_provenance") ? provenance(s, rows) : null;
            return new Columns(s.text(rows, "id"), s.text(rows, "doc"),
                    EventType.valueOf(rows.getString("type")), s.text(rows, "mode"),
                    issues.isEmpty() ? List.of() : List.of(issues.split(",")), s.text(rows, "date_iso"),
                    s.text(rows, "date_text"), Aux.fromId(rows.getString("aux")), location,
                    new Evidence(s.text(rows, "evidence_sentence"), rows.getInt("evidence_start"),
                            rows.getInt("evidence_end")),
                    s.text(rows, "quote"), rows.getDouble("confidence"), provenance, rows.getLong("article_order"),
                    rows.getInt("seq"));
        }

        Event event(List<ActorRef> actors, List<ActorRef> recipients) {
            return new Event(id, doc, type, mode, issues, actors, recipients, date, dateText, aux, location, evidence,
                    quote, confidence, provenance);
        }
    }
}
