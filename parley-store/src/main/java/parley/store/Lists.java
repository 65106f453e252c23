package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.store.ArticleSummary;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Event;
import parley.model.Quote;

/**
 * The paged lists: each is one query that walks an index in the list's order from the key of the
 * last item served, with the filter's conditions, and stops after the page (one row more, to know
 * whether another page follows).
 */
final class Lists {
    private Lists() {
    }

    static Page<ArticleSummary> articles(Session s, Filter filter, String after, int limit) throws SQLException {
        Sql where = new Sql();
        // Each restriction met by something coded from the article (Filter.matches(CodedArticle)).
        if (!filter.actors().isEmpty()) {
            List<String> codes = filter.actors().stream().sorted().toList();
            List<Object> both = new ArrayList<>(codes);
            both.addAll(codes);
            where.and("(EXISTS (SELECT 1 FROM events e JOIN event_actors f ON f.event_row_id = e.row_id "
                    + "WHERE e.article_id = a.id AND f.role = 'actor' AND f.code IN (" + Sql.marks(codes.size()) + ")) "
                    + "OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_code IN ("
                    + Sql.marks(codes.size()) + ")))", both.toArray());
        }
        if (!filter.types().isEmpty()) {
            Sql types = new Sql();
            Sql.types(types, filter, "e.type");
            where.and("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id" + types.andMore() + ")",
                    types.parameters().toArray());
        }
        if (!filter.issues().isEmpty()) {
            Sql issues = new Sql();
            Sql.issues(issues, filter, "e.issues");
            where.and("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id" + issues.andMore() + ")",
                    issues.parameters().toArray());
        }
        if (filter.since() != null) {
            where.and("a.published >= ?", filter.since());
        }
        if (filter.until() != null) {
            where.and("a.published <= ?", filter.until());
        }
        if (after != null) {
            where.and("a.stored_order > ?", Keys.number(Keys.parts(after, 1).get(0), after));
        }
        String sql = "SELECT a.id, a.url, a.source, a.published, a.title, a.lang, a.event_count, a.quote_count, "
                + "a.stored_order FROM articles a" + where.where() + " ORDER BY a.stored_order" + Sql.fetch(limit + 1);
        List<ArticleSummary> found = new ArrayList<>();
        long lastOrder = 0;
        try (PreparedStatement select = s.prepare(sql)) {
            s.bind(select, 1, where);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && found.size() < limit + 1) {
                    found.add(new ArticleSummary(s.text(rows, "id"), s.text(rows, "url"), s.text(rows, "source"),
                            Session.date(rows, "published"), s.text(rows, "title"), s.text(rows, "lang"),
                            rows.getInt("event_count"), rows.getInt("quote_count")));
                    if (found.size() == limit) {
                        lastOrder = rows.getLong("stored_order");
                    }
                }
            }
        }
        return page(found, limit, Keys.of(lastOrder));
    }

    /**
     * Events in stored order: (article_order, seq). With one actor code the query walks that code's
     * rows of {@code event_actors_in_order}; otherwise the events in order, testing each. With two
     * codes in {@code conflict}, only events that have both among their actors and recipients.
     */
    static Page<Event> events(Session s, Filter filter, Set<String> conflict, String after, int limit)
            throws SQLException {
        Sql where;
        String from;
        String order;
        if (filter.actors().size() == 1) {
            where = new Sql().and("f.code = ?", filter.actors().iterator().next()).and("f.role = 'actor'");
            Sql.types(where, filter, "e.type");
            Sql.issues(where, filter, "e.issues");
            Sql.dates(where, filter, "e.date_from", "e.date_to");
            orderKey(where, after, "f.article_order", "f.seq");
            from = " FROM event_actors f JOIN events e ON e.row_id = f.event_row_id";
            // The equal columns first: H2 sees then that the index gives the order, and stops after the page.
            order = " ORDER BY f.code, f.role, f.article_order, f.seq";
        } else {
            where = Sql.events(filter);
            orderKey(where, after, "e.article_order", "e.seq");
            from = " FROM events e";
            order = " ORDER BY e.article_order, e.seq";
        }
        for (String code : conflict.stream().sorted().toList()) {
            where.and("EXISTS (SELECT 1 FROM event_actors v WHERE v.event_row_id = e.row_id AND v.code = ?)", code);
        }
        // A few rows more than the page: an event that names the same actor twice comes twice.
        int fetch = limit + 1 + SLACK;
        try (PreparedStatement select = s.prepare("SELECT " + EventRows.COLUMNS + from + where.where() + order
                + Sql.fetch(fetch))) {
            s.bind(select, 1, where);
            EventRows.Read read = EventRows.readCounting(s, select);
            List<EventRows.Row> rows = read.rows();
            boolean more = rows.size() > limit || read.rawRows() == fetch;
            List<EventRows.Row> page = rows.subList(0, Math.min(limit, rows.size()));
            EventRows.Row last = more && !page.isEmpty() ? page.get(page.size() - 1) : null;
            return new Page<>(EventRows.events(page), last == null ? null : Keys.of(last.articleOrder(), last.seq()));
        }
    }

    /** Rows read beyond a page, for duplicates of a joined row. */
    private static final int SLACK = 8;

    /** Dated events by (date_from, article_order, seq), or the other way round. */
    static Page<Event> chronology(Session s, Filter filter, boolean newestFirst, String after, int limit)
            throws SQLException {
        Sql where = Sql.events(filter).and("e.date_from IS NOT NULL");
        String direction = newestFirst ? " DESC" : "";
        if (after != null) {
            List<String> parts = Keys.parts(after, 3);
            LocalDate day = LocalDate.parse(parts.get(0));
            long order = Keys.number(parts.get(1), after);
            long seq = Keys.number(parts.get(2), after);
            String op = newestFirst ? "<" : ">";
            where.and("(e.date_from " + op + " ? OR (e.date_from = ? AND (e.article_order " + op
                    + " ? OR (e.article_order = ? AND e.seq " + op + " ?))))", day, day, order, order, seq);
        }
        String sql = "SELECT " + EventRows.COLUMNS + ", e.date_from FROM events e" + where.where()
                + " ORDER BY e.date_from" + direction + ", e.article_order" + direction + ", e.seq" + direction
                + Sql.fetch(limit + 1);
        try (PreparedStatement select = s.prepare(sql)) {
            s.bind(select, 1, where);
            List<EventRows.Row> rows = EventRows.read(s, select);
            EventRows.Row last = rows.size() > limit ? rows.get(limit - 1) : null;
            return page(EventRows.events(rows), limit, last == null ? null
                    : Keys.of(parley.core.time.IsoDates.firstDay(last.event().date()), last.articleOrder(), last.seq()));
        }
    }

    static Page<Quote> quotes(Session s, Filter filter, String after, int limit) throws SQLException {
        Sql where = Sql.quotes(filter);
        orderKey(where, after, "q.article_order", "q.seq");
        String sql = "SELECT q.doc, q.speaker, q.speaker_code, q.text, q.date_iso, q.start_offset, q.end_offset, "
                + "q.article_order, q.seq FROM quotes q" + where.where() + " ORDER BY q.article_order, q.seq"
                + Sql.fetch(limit + 1);
        List<Quote> found = new ArrayList<>();
        String key = null;
        try (PreparedStatement select = s.prepare(sql)) {
            s.bind(select, 1, where);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(quote(s, rows));
                    if (found.size() == limit) {
                        key = Keys.of(rows.getLong("article_order"), rows.getInt("seq"));
                    }
                }
            }
        }
        return page(found, limit, key);
    }

    static Quote quote(Session s, ResultSet rows) throws SQLException {
        return new Quote(s.text(rows, "doc"), s.text(rows, "speaker"), s.text(rows, "speaker_code"), s.text(rows, "text"),
                s.text(rows, "date_iso"), rows.getInt("start_offset"), rows.getInt("end_offset"));
    }

    /**
     * Incidents by (sort_day, id); with {@code datedOnly} the undated are left out, and with two
     * codes in {@code involving} only incidents among whose actors and recipients both are.
     */
    static Page<Incident> incidents(Session s, Filter filter, boolean datedOnly, Set<String> involving, String after,
                                    int limit) throws SQLException {
        // The walk: the rows of the one actor code (on the one issue), or of the pair of codes involved, or
        // every incident.
        // Its equal columns lead the ORDER BY, so that H2 sees the index gives the order and stops.
        String driver;
        String prefix;
        Sql where = new Sql();
        String from;
        List<String> others = involving.stream().sorted().toList();
        if (filter.actors().size() == 1 && filter.issues().size() == 1) {
            driver = "t";
            prefix = "t.code, t.role, t.issue, ";
            from = " FROM incident_topics t JOIN incidents i ON i.row_id = t.incident_row_id";
            where.and("t.code = ?", filter.actors().iterator().next()).and("t.role = 'actor'")
                    .and("t.issue = ?", filter.issues().iterator().next());
            Sql.types(where, filter, "t.type");
            Sql.dates(where, filter, "t.first_day", "t.last_day");
        } else if (filter.actors().size() == 1) {
            driver = "f";
            prefix = "f.code, f.role, ";
            from = " FROM incident_actors f JOIN incidents i ON i.row_id = f.incident_row_id";
            where.and("f.code = ?", filter.actors().iterator().next()).and("f.role = 'actor'");
            Sql.types(where, filter, "f.type");
            Sql.issues(where, filter, "i.issues");
            Sql.dates(where, filter, "f.first_day", "f.last_day");
        } else if (others.size() == 2) {
            driver = "p";
            prefix = "p.low, p.high, ";
            from = " FROM incident_pairs p JOIN incidents i ON i.row_id = p.incident_row_id";
            where.and("p.low = ?", others.get(0)).and("p.high = ?", others.get(1));
            others = List.of();
            Sql.incidentParts(where, filter, "i");
        } else {
            driver = "i";
            prefix = "";
            from = " FROM incidents i";
            Sql.incidentParts(where, filter, "i");
        }
        for (String code : others) {
            where.and("EXISTS (SELECT 1 FROM incident_actors v WHERE v.incident_row_id = i.row_id AND v.code = ?)", code);
        }
        String day = driver + ".sort_day";
        String id = driver.equals("i") ? "i.id" : driver + ".incident_id";
        if (datedOnly) {
            where.and(day + " < ?", IncidentRows.UNDATED);
        }
        if (after != null) {
            List<String> parts = Keys.parts(after, 2);
            LocalDate keyDay = LocalDate.parse(parts.get(0));
            // The first condition is the index range; the second drops what that day already served.
            where.and(day + " >= ?", keyDay).and("NOT (" + day + " = ? AND " + id + " <= ?)", keyDay, parts.get(1));
        }
        String sql = "SELECT " + IncidentRows.COLUMNS + from + where.where() + " ORDER BY " + prefix + day + ", " + id
                + Sql.fetch(limit + 1);
        try (PreparedStatement select = s.prepare(sql)) {
            s.bind(select, 1, where);
            List<IncidentRows.Row> rows = IncidentRows.read(s, select);
            IncidentRows.Row last = rows.size() > limit ? rows.get(limit - 1) : null;
            return page(IncidentRows.incidents(rows), limit,
                    last == null ? null : Keys.of(last.sortDay(), last.incident().id()));
        }
    }

    /** Contradictions by (accepting id, rejecting id, actor). */
    static Page<Contradiction> contradictions(Session s, Filter filter, String after, int limit, String incidentId)
            throws SQLException {
        Sql where = new Sql();
        if (!filter.actors().isEmpty()) {
            where.in("c.actor_code IN (%s)", filter.actors().stream().sorted().toList());
        }
        Filter incidentFilter = filter.withActors(Set.of());
        if (!incidentFilter.isNone()) {
            Sql yes = Sql.incidents(incidentFilter, "y");
            Sql no = Sql.incidents(incidentFilter, "n");
            List<Object> parameters = new ArrayList<>(yes.parameters());
            parameters.addAll(no.parameters());
            where.and("(EXISTS (SELECT 1 FROM incidents y WHERE y.id = c.accepting_id" + yes.andMore() + ") OR "
                    + "EXISTS (SELECT 1 FROM incidents n WHERE n.id = c.rejecting_id" + no.andMore() + "))",
                    parameters.toArray());
        }
        if (incidentId != null) {
            where.and("(c.accepting_id = ? OR c.rejecting_id = ?)", incidentId, incidentId);
        }
        if (after != null) {
            List<String> parts = Keys.parts(after, 3);
            String a = parts.get(0);
            String r = parts.get(1);
            String c = parts.get(2);
            where.and("(c.accepting_id > ? OR (c.accepting_id = ? AND (c.rejecting_id > ? OR (c.rejecting_id = ? "
                    + "AND c.actor_code > ?))))", a, a, r, r, c);
        }
        String sql = "SELECT c.accepting_id, c.rejecting_id, c.actor_code, c.reason, y.row_id AS yes_row, "
                + "n.row_id AS no_row FROM contradictions c JOIN incidents y ON y.id = c.accepting_id "
                + "JOIN incidents n ON n.id = c.rejecting_id" + where.where()
                + " ORDER BY c.accepting_id, c.rejecting_id, c.actor_code" + (limit == 0 ? "" : Sql.fetch(limit + 1));
        List<long[]> pairs = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        try (PreparedStatement select = s.prepare(sql)) {
            s.bind(select, 1, where);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new long[] {rows.getLong("yes_row"), rows.getLong("no_row")});
                    texts.add(new String[] {s.text(rows, "accepting_id"), s.text(rows, "rejecting_id"),
                            s.text(rows, "actor_code"), s.text(rows, "reason")});
                }
            }
        }
        List<Long> incidentRows = new ArrayList<>();
        pairs.forEach(pair -> {
            incidentRows.add(pair[0]);
            incidentRows.add(pair[1]);
        });
        java.util.Map<Long, Incident> byRow = new java.util.HashMap<>();
        for (IncidentRows.Row row : IncidentRows.byRowIds(s, incidentRows.stream().distinct().toList())) {
            byRow.put(row.rowId(), row.incident());
        }
        List<Contradiction> found = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            found.add(new Contradiction(byRow.get(pairs.get(i)[0]), byRow.get(pairs.get(i)[1]), texts.get(i)[2],
                    texts.get(i)[3]));
        }
        if (limit == 0) {
            return new Page<>(found, null);
        }
        String key = found.size() > limit ? Keys.of(texts.get(limit - 1)[0], texts.get(limit - 1)[1], texts.get(limit - 1)[2])
                : null;
        return page(found, limit, key);
    }

    /** Keyset on two numbers in ascending order. */
    private static void orderKey(Sql where, String after, String first, String second) {
        if (after == null) {
            return;
        }
        List<String> parts = Keys.parts(after, 2);
        long a = Keys.number(parts.get(0), after);
        long b = Keys.number(parts.get(1), after);
        // The first condition is the index range; the second drops the rows of that article already served.
        where.and(first + " >= ?", a).and("NOT (" + first + " = ? AND " + second + " <= ?)", a, b);
    }

    /** The first {@code limit} items, and the key when one more was read. */
    static <T> Page<T> page(List<T> found, int limit, String key) {
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        return new Page<>(found.subList(0, limit), key);
    }
}
