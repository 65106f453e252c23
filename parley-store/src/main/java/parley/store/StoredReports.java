package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.core.corroboration.Incident;
import parley.core.corroboration.ReportIndex;
import parley.core.corroboration.ReportKey;
import parley.core.corroboration.ReportWindow;
import parley.core.corroboration.StoredReport;
import parley.model.Article;
import parley.model.EventType;

/**
 * The {@link ReportIndex} of the database, over {@code report_keys}, {@code events.component} and
 * {@code incident_actors}, on the connection of the transaction that saves an article.
 */
final class StoredReports implements ReportIndex {
    private static final int CHUNK = 400;
    /**
     * Parts of one UNION ALL query: H2 nests a union of n parts n deep and copies every row
     * through each level, so a long union costs the product; a few parts keep server round trips
     * few and that copying small.
     */
    private static final int UNION_PARTS = 8;
    /** A year, the widest incident date, covers at most this many days after its first. */
    private static final int WIDEST_RANGE_DAYS = 366;

    private final Session s;

    StoredReports(Session s) {
        this.s = s;
    }

    @Override
    public List<StoredReport> find(Collection<ReportWindow> windows) {
        try {
            // All windows in one query: one round trip to a server. Each code and kind is its own
            // part, so that every part is one range of an index (H2 ranges on equal columns only).
            List<String> parts = new ArrayList<>();
            List<List<Object>> parameters = new ArrayList<>();
            for (ReportWindow window : windows) {
                for (String code : window.actorCodes().stream().sorted().toList()) {
                    for (ReportKey.Kind kind : window.kinds().stream().sorted().toList()) {
                        Sql where = new Sql().and("k.code = ?", code).and("k.bucket = ?", window.bucket())
                                .and("k.kind = ?", kind(kind));
                        if (window.firstFrom() != null) {
                            where.and("k.first_day >= ?", window.firstFrom());
                        }
                        if (window.firstTo() != null) {
                            where.and("k.first_day <= ?", window.firstTo());
                        }
                        if (window.lastFrom() != null) {
                            where.and("k.last_day >= ?", window.lastFrom());
                        }
                        if (window.publishedFrom() != null) {
                            where.and("k.published >= ?", window.publishedFrom());
                        }
                        if (window.publishedTo() != null) {
                            where.and("k.published <= ?", window.publishedTo());
                        }
                        parts.add("SELECT k.event_row_id FROM report_keys k" + where.where());
                        parameters.add(where.parameters());
                    }
                }
            }
            Set<Long> rows = new LinkedHashSet<>();
            union(parts, parameters, rows);
            return reports(new ArrayList<>(rows));
        } catch (SQLException e) {
            throw new StoreException("cannot look up reports to corroborate with: " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredReport> members(Set<Long> components) {
        try {
            List<Long> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>(components);
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                try (PreparedStatement select = s.prepare("SELECT event_row_id FROM components WHERE component IN ("
                        + Sql.marks(chunk.size()) + ") ORDER BY event_row_id")) {
                    s.bind(select, 1, chunk);
                    try (ResultSet found = select.executeQuery()) {
                        while (found.next()) {
                            rows.add(found.getLong(1));
                        }
                    }
                }
            }
            return reports(rows);
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports of components " + components + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Incident> counterparts(List<CounterpartQuery> queries) {
        List<String> parts = new ArrayList<>();
        List<List<Object>> parameters = new ArrayList<>();
        for (CounterpartQuery query : queries) {
            // Day-dated incidents overlap [first, last] when their day is in it; coarser ones may
            // begin up to a year before it.
            for (String code : query.actorCodes().stream().sorted().toList()) {
                for (EventType type : query.types().stream().sorted().toList()) {
                    for (boolean day : new boolean[] {true, false}) {
                        Sql where = new Sql().and("x.canonical = ?", code).and("x.type = ?", type.name())
                                .and("x.kind = ?", day ? "D" : "C")
                                .and("x.first_day >= ?", day ? query.first() : query.first().minusDays(WIDEST_RANGE_DAYS))
                                .and("x.first_day <= ?", query.last())
                                .and("x.last_day >= ?", query.first())
                                .and("x.role = 'actor'");
                        parts.add("SELECT x.incident_row_id FROM incident_actors x" + where.where());
                        parameters.add(where.parameters());
                    }
                }
            }
        }
        try {
            Set<Long> found = new java.util.TreeSet<>();
            union(parts, parameters, found);
            return IncidentRows.incidents(IncidentRows.byRowIds(s, new ArrayList<>(found)));
        } catch (SQLException e) {
            throw new StoreException("cannot look up incidents that could contradict the changed ones: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs the single-column row-id queries {@code parts} (each with its {@code parameters}) as
     * UNION ALL queries of at most {@value #UNION_PARTS} parts, adding the ids they find to {@code into}.
     */
    private void union(List<String> parts, List<List<Object>> parameters, Set<Long> into) throws SQLException {
        for (int from = 0; from < parts.size(); from += UNION_PARTS) {
            int to = Math.min(parts.size(), from + UNION_PARTS);
            List<Object> values = new ArrayList<>();
            parameters.subList(from, to).forEach(values::addAll);
            try (PreparedStatement select = s.prepare(String.join(" UNION ALL ", parts.subList(from, to)))) {
                s.bind(select, 1, values);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        into.add(found.getLong(1));
                    }
                }
            }
        }
    }

    /** The reports of these event rows, each with the article its doc names and its component. */
    List<StoredReport> reports(List<Long> rowIds) throws SQLException {
        Map<Long, Long> components = new HashMap<>();
        for (int from = 0; from < rowIds.size(); from += CHUNK) {
            List<Long> chunk = rowIds.subList(from, Math.min(rowIds.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT event_row_id, component FROM components WHERE event_row_id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                s.bind(select, 1, chunk);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        components.put(found.getLong(1), found.getLong(2));
                    }
                }
            }
        }
        List<EventRows.Row> rows = EventRows.byRowIds(s, rowIds);
        Set<String> docs = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row.event().doc() != null) {
                docs.add(row.event().doc());
            }
        });
        Map<String, Article> articles = articles(s, docs);
        List<StoredReport> reports = new ArrayList<>(rows.size());
        for (EventRows.Row row : rows) {
            Long component = components.get(row.rowId());
            if (component == null) {
                throw new SQLException("event row " + row.rowId() + " has report keys but no component");
            }
            reports.add(new StoredReport(row.event(), row.event().doc() == null ? null : articles.get(row.event().doc()),
                    component));
        }
        return reports;
    }

    /** The articles with these ids, without their text: what corroboration needs of them. */
    static Map<String, Article> articles(Session s, Collection<String> ids) throws SQLException {
        Map<String, Article> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement select = s.prepare("SELECT id, url, source, published FROM articles WHERE id IN ("
                    + Sql.marks(chunk.size()) + ")")) {
                s.bind(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String id = s.text(rows, 1);
                        found.put(id, new Article(id, s.text(rows, 2), s.text(rows, 3), Session.date(rows, "published"),
                                null, "", null, null, List.of()));
                    }
                }
            }
        }
        return found;
    }

    static String kind(ReportKey.Kind kind) {
        return switch (kind) {
            case DAY -> "D";
            case COARSE -> "C";
            case UNDATED -> "U";
        };
    }
}
