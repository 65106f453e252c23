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

    /**
     * Two statements for any number of keys: the row of each key's latest stance (one step
     * backwards along {@code stances_latest} per key, as a correlated subquery), then those rows
     * with their events. Without a day a dated stance wins over an undated one.
     */
    static Map<StanceKey, Position> latest(Session s, List<StanceKey> keys, Filter filter, LocalDate asOf)
            throws SQLException {
        Map<StanceKey, Position> latest = new HashMap<>();
        Map<StanceKey, Long> rowOf = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            rowOf.putAll(latestRows(s, keys.subList(from, Math.min(keys.size(), from + CHUNK)), filter, asOf));
        }
        List<Long> rows = rowOf.values().stream().distinct().sorted().toList();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Long> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT " + COLUMNS + ", s.event_row_id FROM stances s "
                    + "JOIN events e ON e.row_id = s.event_row_id WHERE s.event_row_id IN (" + Sql.marks(chunk.size())
                    + ")")) {
                s.bind(select, 1, chunk);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        Position position = position(s, found);
                        // An event shows stances of several keys: keep the ones asked for.
                        Long wanted = rowOf.get(position.key());
                        if (wanted != null && wanted == found.getLong("event_row_id")) {
                            latest.put(position.key(), position);
                        }
                    }
                }
            }
        }
        return latest;
    }

    /** Keys asked in one statement. */
    private static final int CHUNK = 200;

    private static Map<StanceKey, Long> latestRows(Session s, List<StanceKey> keys, Filter filter, LocalDate asOf)
            throws SQLException {
        Sql rest = eventConditions(filter, "x");
        String order = " ORDER BY x.actor, x.issue, x.first_day DESC, x.article_order DESC, x.seq DESC" + Sql.fetch(1);
        String step = "SELECT x.event_row_id FROM stances x WHERE x.actor = k.actor AND x.issue = k.issue AND ";
        List<Object> parameters = new ArrayList<>();
        String latest;
        if (asOf != null) {
            latest = "(" + step + "x.first_day <= ?" + rest.andMore() + order + ")";
            parameters.add(asOf);
            parameters.addAll(rest.parameters());
        } else {
            latest = "COALESCE((" + step + "x.first_day IS NOT NULL" + rest.andMore() + order + "), (" + step
                    + "x.first_day IS NULL" + rest.andMore() + order + "))";
            parameters.addAll(rest.parameters());
            parameters.addAll(rest.parameters());
        }
        List<String> pairs = new ArrayList<>();
        for (StanceKey key : keys) {
            pairs.add("(?, ?)");
            parameters.add(key.actor());
            parameters.add(key.issue());
        }
        Map<StanceKey, Long> rows = new HashMap<>();
        try (PreparedStatement select = s.prepare("SELECT k.actor, k.issue, " + latest + " AS latest FROM stance_keys k "
                + "WHERE (k.actor, k.issue) IN (" + String.join(", ", pairs) + ")")) {
            s.bind(select, 1, parameters);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    long row = found.getLong(3);
                    if (!found.wasNull()) {
                        rows.put(new StanceKey(s.text(found, 1), found.getString(2)), row);
                    }
                }
            }
        }
        return rows;
    }

    static List<Position> series(Session s, StanceKey key, Filter filter) throws SQLException {
        Sql where = new Sql().and("s.actor = ?", key.actor()).and("s.issue = ?", key.issue());
        Sql rest = eventConditions(filter, "s");
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
    private static Sql eventConditions(Filter filter, String alias) {
        Sql rest = new Sql();
        Sql.types(rest, filter, alias + ".type");
        Sql.dates(rest, filter, alias + ".first_day", alias + ".last_day");
        return rest;
    }

    private static Position position(Session s, ResultSet rows) throws SQLException {
        return new Position(s.text(rows, "actor"), rows.getString("issue"),
                Stance.valueOf(rows.getString("stance").toUpperCase(Locale.ROOT)), s.text(rows, "date_iso"),
                s.text(rows, "event_id"), s.text(rows, "doc"), s.text(rows, "evidence_sentence"));
    }
}
