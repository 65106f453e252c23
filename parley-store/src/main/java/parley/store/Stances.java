package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parley.core.positions.Position;
import parley.core.positions.Stance;
import parley.core.positions.StanceKey;
import parley.core.store.Filter;

/**
 * The {@link parley.core.positions.StanceLog} questions as SQL. The latest stance of a key as of a
 * day is one step backwards along {@code stances_latest (actor, issue, first_day, article_order,
 * seq)} from that day: the order {@link parley.core.positions.PositionTracker} defines.
 */
final class Stances {
    private static final String COLUMNS = "s.actor, s.issue, s.stance, s.date_iso, e.id AS event_id, e.doc, "
            + "e.evidence_sentence";

    private Stances() {
    }

    static List<StanceKey> keys(Session s, Filter filter, StanceKey after, int limit) throws SQLException {
        Sql where = new Sql();
        if (!filter.actors().isEmpty()) {
            where.in("k.actor IN (%s)", filter.actors().stream().sorted().toList());
        }
        if (!filter.issues().isEmpty()) {
            where.in("k.issue IN (%s)", filter.issues().stream().sorted().toList());
        }
        if (after != null) {
            where.and("k.actor >= ?", after.actor()).and("NOT (k.actor = ? AND k.issue <= ?)", after.actor(),
                    after.issue());
        }
        List<StanceKey> keys = new ArrayList<>();
        try (PreparedStatement select = s.prepare("SELECT k.actor, k.issue FROM stance_keys k" + where.where()
                + " ORDER BY k.actor, k.issue" + Sql.fetch(limit))) {
            s.bind(select, 1, where);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new StanceKey(s.text(rows, 1), rows.getString(2)));
                }
            }
        }
        return keys;
    }

    static Map<StanceKey, Position> latest(Session s, List<StanceKey> keys, Filter filter, LocalDate asOf)
            throws SQLException {
        Map<StanceKey, Position> latest = new HashMap<>();
        if (keys.isEmpty()) {
            return latest;
        }
        Sql rest = eventConditions(filter);
        List<String> parts = new ArrayList<>();
        List<List<Object>> parameters = new ArrayList<>();
        for (StanceKey key : keys) {
            if (asOf != null) {
                part(parts, parameters, key, rest, "s.first_day <= ?", asOf, "s.first_day DESC");
            } else {
                part(parts, parameters, key, rest, "s.first_day IS NOT NULL", null, "s.first_day DESC");
                part(parts, parameters, key, rest, "s.first_day IS NULL", null, null);
            }
        }
        if (s.dialect == Dialect.POSTGRESQL) {
            // One round trip to the server: the parts as one UNION ALL.
            List<String> numbered = new ArrayList<>();
            List<Object> all = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                numbered.add("SELECT * FROM (" + parts.get(i) + ") p" + i);
                all.addAll(parameters.get(i));
            }
            try (PreparedStatement select = s.prepare(String.join(" UNION ALL ", numbered))) {
                s.bind(select, 1, all);
                collect(s, select, latest);
            }
        } else {
            // Embedded: each part is one index step; a prepared statement runs again without parsing.
            Map<String, PreparedStatement> prepared = new HashMap<>();
            try {
                for (int i = 0; i < parts.size(); i++) {
                    PreparedStatement select = prepared.get(parts.get(i));
                    if (select == null) {
                        select = s.prepare(parts.get(i));
                        prepared.put(parts.get(i), select);
                    }
                    s.bind(select, 1, parameters.get(i));
                    collect(s, select, latest);
                }
            } finally {
                for (PreparedStatement select : prepared.values()) {
                    select.close();
                }
            }
        }
        return latest;
    }

    private static void collect(Session s, PreparedStatement select, Map<StanceKey, Position> latest)
            throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Position position = position(s, rows);
                // With no day, a dated stance wins over an undated one.
                if (rows.getInt("undated") == 0 || !latest.containsKey(position.key())) {
                    latest.put(position.key(), position);
                }
            }
        }
    }

    private static void part(List<String> parts, List<List<Object>> parameters, StanceKey key, Sql rest, String day,
                             LocalDate asOf, String dayOrder) {
        // The equal columns first: H2 sees then that stances_latest gives the order, and reads one row.
        String order = "s.actor, s.issue, " + (dayOrder == null ? "" : dayOrder + ", ") + "s.article_order DESC, s.seq DESC";
        parts.add("SELECT " + COLUMNS + ", " + (dayOrder == null ? 1 : 0) + " AS undated FROM stances s "
                + "JOIN events e ON e.row_id = s.event_row_id WHERE s.actor = ? AND s.issue = ? AND " + day
                + rest.andMore() + " ORDER BY " + order + Sql.fetch(1));
        List<Object> values = new ArrayList<>();
        values.add(key.actor());
        values.add(key.issue());
        if (asOf != null) {
            values.add(asOf);
        }
        values.addAll(rest.parameters());
        parameters.add(values);
    }

    static List<Position> series(Session s, StanceKey key, Filter filter) throws SQLException {
        Sql where = new Sql().and("s.actor = ?", key.actor()).and("s.issue = ?", key.issue());
        Sql rest = eventConditions(filter);
        where.and("1 = 1" + rest.andMore(), rest.parameters().toArray());
        List<Position> found = new ArrayList<>();
        try (PreparedStatement select = s.prepare("SELECT " + COLUMNS + " FROM stances s JOIN events e "
                + "ON e.row_id = s.event_row_id" + where.where() + " ORDER BY s.article_order, s.seq")) {
            s.bind(select, 1, where);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(position(s, rows));
                }
            }
        }
        return found;
    }

    /** The type and date restrictions, on the stance's event (its actor and issue are the key's). */
    private static Sql eventConditions(Filter filter) {
        Sql rest = new Sql();
        Sql.types(rest, filter, "s.type");
        Sql.dates(rest, filter, "s.first_day", "s.last_day");
        return rest;
    }

    private static Position position(Session s, ResultSet rows) throws SQLException {
        return new Position(s.text(rows, "actor"), rows.getString("issue"),
                Stance.valueOf(rows.getString("stance").toUpperCase(Locale.ROOT)), s.text(rows, "date_iso"),
                s.text(rows, "event_id"), s.text(rows, "doc"), s.text(rows, "evidence_sentence"));
    }
}
