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
    /** A year, the widest incident date, covers at most this many days after its first. */
    private static final int WIDEST_RANGE_DAYS = 366;

    private final Session s;

    StoredReports(Session s) {
        this.s = s;
    }

    @Override
    public List<StoredReport> find(Collection<ReportWindow> windows) {
        try {
            Set<Long> rows = new LinkedHashSet<>();
            for (ReportWindow window : windows) {
                Sql where = new Sql().and("k.bucket = ?", window.bucket())
                        .in("k.code IN (%s)", window.actorCodes().stream().sorted().toList())
                        .in("k.kind IN (%s)", window.kinds().stream().map(StoredReports::kind).sorted().toList());
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
                try (PreparedStatement select = s.prepare("SELECT k.event_row_id FROM report_keys k" + where.where())) {
                    s.bind(select, 1, where);
                    try (ResultSet found = select.executeQuery()) {
                        while (found.next()) {
                            rows.add(found.getLong(1));
                        }
                    }
                }
            }
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
                try (PreparedStatement select = s.prepare("SELECT row_id FROM events WHERE component IN ("
                        + Sql.marks(chunk.size()) + ") ORDER BY row_id")) {
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
    public List<Incident> counterparts(Set<EventType> types, Set<String> actorCodes, LocalDate first, LocalDate last) {
        Sql where = new Sql().and("x.role = 'actor'")
                .in("x.canonical IN (%s)", actorCodes.stream().sorted().toList())
                .in("x.type IN (%s)", types.stream().map(EventType::name).sorted().toList())
                .and("x.first_day >= ?", first.minusDays(WIDEST_RANGE_DAYS))
                .and("x.first_day <= ?", last)
                .and("x.last_day >= ?", first);
        try (PreparedStatement select = s.prepare("SELECT DISTINCT x.incident_row_id FROM incident_actors x"
                + where.where() + " ORDER BY x.incident_row_id")) {
            s.bind(select, 1, where);
            List<Long> rows = new ArrayList<>();
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(found.getLong(1));
                }
            }
            return IncidentRows.incidents(IncidentRows.byRowIds(s, rows));
        } catch (SQLException e) {
            throw new StoreException("cannot look up incidents that could contradict " + actorCodes + ": "
                    + e.getMessage(), e);
        }
    }

    /** The reports of these event rows, each with the article its doc names. */
    List<StoredReport> reports(List<Long> rowIds) throws SQLException {
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
            if (row.component() == null) {
                throw new SQLException("event row " + row.rowId() + " has report keys but no component");
            }
            reports.add(new StoredReport(row.event(), row.event().doc() == null ? null : articles.get(row.event().doc()),
                    row.component()));
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
