package parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import parley.core.store.Filter;
import parley.model.EventType;

/**
 * A WHERE clause being built, with its parameters in order. Values are always bound as
 * parameters, never pasted into the SQL; only program-made numbers (limits) are inlined.
 */
final class Sql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** {@code condition} with its parameters ({@code ?} in it, in order). */
    Sql and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(parameters, values);
        return this;
    }

    /** {@code template} with {@code %s} replaced by one {@code ?} per value, each value a parameter. */
    Sql in(String template, Collection<?> values) {
        conditions.add(template.replace("%s", marks(values.size())));
        parameters.addAll(values);
        return this;
    }

    /** " WHERE ..." or an empty string when nothing is restricted. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** " AND ..." or an empty string, for conditions after a WHERE already written. */
    String andMore() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** Binds the parameters starting at {@code first}; returns the next index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        return bind(statement, first, parameters);
    }

    static int bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            set(statement, index++, value);
        }
        return index;
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date, Types.DATE);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            statement.setString(index, value.toString());
        }
    }

    static String marks(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** An inlined row limit: a number the program chose, never user text. */
    static String fetch(int rows) {
        return " FETCH FIRST " + rows + " ROWS ONLY";
    }

    // ---- the Filter as SQL: the same rules as Filter.matches ----

    /** The filter's conditions on the events table aliased {@code e}. */
    static Sql events(Filter filter) {
        Sql sql = new Sql();
        eventParts(sql, filter, "e");
        dates(sql, filter, "e.date_from", "e.date_to");
        return sql;
    }

    /** Actor (actor role), type and issue of events aliased {@code alias}; no dates. */
    static void eventParts(Sql sql, Filter filter, String alias) {
        if (!filter.actors().isEmpty()) {
            sql.in("EXISTS (SELECT 1 FROM event_actors f WHERE f.event_row_id = " + alias + ".row_id"
                    + " AND f.role = 'actor' AND f.code IN (%s))", filter.actors());
        }
        types(sql, filter, alias + ".type");
        issues(sql, filter, alias + ".issues");
    }

    static void types(Sql sql, Filter filter, String column) {
        if (!filter.types().isEmpty()) {
            sql.in(column + " IN (%s)", filter.types().stream().map(EventType::name).sorted().toList());
        }
    }

    /**
     * Issues are stored comma-joined; {@code ',' || issues || ','} contains {@code ',issue,'}
     * exactly when the item has the issue. The pattern is escaped, so '_' in an id is no wildcard.
     */
    static void issues(Sql sql, Filter filter, String column) {
        if (filter.issues().isEmpty()) {
            return;
        }
        List<String> clauses = new ArrayList<>();
        List<Object> patterns = new ArrayList<>();
        for (String issue : filter.issues().stream().sorted().toList()) {
            clauses.add("(',' || " + column + " || ',') LIKE ? ESCAPE '!'");
            patterns.add("%," + issue.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
        }
        sql.and("(" + String.join(" OR ", clauses) + ")", patterns.toArray());
    }

    /** Overlap of [first, last] with the bounds; SQL NULL (no readable date) never matches a bound. */
    static void dates(Sql sql, Filter filter, String first, String last) {
        if (filter.since() != null) {
            sql.and(last + " >= ?", filter.since());
        }
        if (filter.until() != null) {
            sql.and(first + " <= ?", filter.until());
        }
    }

    /** The filter's conditions on the quotes table aliased {@code q}; with a type or issue set, none match. */
    static Sql quotes(Filter filter) {
        Sql sql = new Sql();
        if (!filter.types().isEmpty() || !filter.issues().isEmpty()) {
            return sql.and("1 = 0");
        }
        if (!filter.actors().isEmpty()) {
            sql.in("q.speaker_code IN (%s)", filter.actors());
        }
        dates(sql, filter, "q.date_from", "q.date_to");
        return sql;
    }

    /** The filter's conditions on the incidents table aliased {@code alias}. */
    static Sql incidents(Filter filter, String alias) {
        Sql sql = new Sql();
        incidentParts(sql, filter, alias);
        return sql;
    }

    static void incidentParts(Sql sql, Filter filter, String alias) {
        if (!filter.actors().isEmpty()) {
            sql.in("EXISTS (SELECT 1 FROM incident_actors f WHERE f.incident_row_id = " + alias + ".row_id"
                    + " AND f.role = 'actor' AND f.code IN (%s))", filter.actors());
        }
        types(sql, filter, alias + ".type");
        issues(sql, filter, alias + ".issues");
        dates(sql, filter, alias + ".first_day", alias + ".last_day");
    }
}
