package parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import parley.core.store.EventQuery;
import parley.model.EventType;

/**
 * The WHERE clause of an {@link EventQuery}, with its parameters in order. Values are always bound
 * as parameters, never pasted into the SQL.
 */
final class QueryFilter {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private QueryFilter() {
    }

    /**
     * Conditions on the events table aliased {@code e}: actor codes in the actor role (not the
     * recipient), any of the types, any of the issues, and a date range overlapping the bounds.
     */
    static QueryFilter forEvents(EventQuery query) {
        QueryFilter filter = new QueryFilter();
        if (!query.actors().isEmpty()) {
            filter.in("EXISTS (SELECT 1 FROM event_actors f WHERE f.event_row_id = e.row_id AND f.role = 'actor' "
                    + "AND f.code IN (%s))", query.actors());
        }
        if (!query.types().isEmpty()) {
            filter.in("e.type IN (%s)", query.types().stream().map(EventType::name).toList());
        }
        if (!query.issues().isEmpty()) {
            // Issues are stored comma-joined; LOCATE finds ",issue," without LIKE's wildcards ('_').
            List<String> clauses = new ArrayList<>();
            for (String issue : query.issues()) {
                clauses.add("LOCATE(?, ',' || e.issues || ',') > 0");
                filter.parameters.add("," + issue + ",");
            }
            filter.conditions.add("(" + String.join(" OR ", clauses) + ")");
        }
        filter.dates("e", query);
        return filter;
    }

    /** Conditions on the quotes table aliased {@code q}: speaker codes and date bounds. */
    static QueryFilter forQuotes(EventQuery query) {
        QueryFilter filter = new QueryFilter();
        if (!query.actors().isEmpty()) {
            filter.in("q.speaker_code IN (%s)", query.actors());
        }
        filter.dates("q", query);
        return filter;
    }

    /** " WHERE ..." or an empty string when nothing is filtered. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the parameters starting at index 1. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date, Types.DATE);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    private void in(String template, Collection<String> values) {
        conditions.add(String.format(Locale.ROOT, template, String.join(", ", values.stream().map(v -> "?").toList())));
        parameters.addAll(values);
    }

    /** Overlap of [date_from, date_to] with the bounds; SQL NULL (no readable date) never matches. */
    private void dates(String alias, EventQuery query) {
        if (query.since() != null) {
            conditions.add(alias + ".date_to >= ?");
            parameters.add(query.since());
        }
        if (query.until() != null) {
            conditions.add(alias + ".date_from <= ?");
            parameters.add(query.until());
        }
    }
}
