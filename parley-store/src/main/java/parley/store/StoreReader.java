package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import parley.core.json.Json;
import parley.core.store.EventQuery;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.model.Span;

/** Reads articles, events, quotes and skipped inputs back into the model records. */
final class StoreReader {
    private static final String ARTICLE_COLUMNS = "id, url, source, published, title, text, lang, origin, furniture";
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {
    };

    private StoreReader() {
    }

    static Optional<Article> article(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(article(rows)) : Optional.empty();
            }
        }
    }

    /** Hands every article to {@code action} in stored order, one row at a time. */
    static void forEachArticle(Connection connection, Consumer<? super Article> action) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY stored_order")) {
            // A small fetch size keeps H2 from materialising every text of a large workspace.
            select.setFetchSize(100);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(article(rows));
                }
            }
        }
    }

    static List<Syndication> syndications(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT article_id, copy_id, origin, url, source, "
                + "similarity, kind FROM syndications ORDER BY recorded_order");
             ResultSet rows = select.executeQuery()) {
            List<Syndication> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Syndication(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getDouble(6), Syndication.Kind.of(rows.getString(7))));
            }
            return List.copyOf(found);
        }
    }

    static Map<String, String> syndicationMap(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT copy_id, article_id FROM syndications ORDER BY recorded_order");
             ResultSet rows = select.executeQuery()) {
            Map<String, String> copies = new LinkedHashMap<>();
            while (rows.next()) {
                copies.put(rows.getString(1), rows.getString(2));
            }
            return copies;
        }
    }

    static List<Article> articles(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY stored_order");
             ResultSet rows = select.executeQuery()) {
            List<Article> articles = new ArrayList<>();
            while (rows.next()) {
                articles.add(article(rows));
            }
            return List.copyOf(articles);
        }
    }

    /**
     * The chosen events (filtered, ordered and limited in a derived table) joined with their
     * actors, one row per actor; rows of one event are folded back into one record.
     */
    static List<Event> events(Connection connection, EventQuery query) throws SQLException {
        QueryFilter filter = QueryFilter.forEvents(query);
        String sql = "SELECT e.*, x.role, x.ordinal, x.text AS actor_text, x.name AS actor_name, "
                + "x.code AS actor_code, x.sector AS actor_sector FROM ("
                + "SELECT e.*, a.stored_order FROM events e JOIN articles a ON a.id = e.article_id"
                + filter.where() + " ORDER BY a.stored_order, e.seq" + limit(query) + ") e "
                + "JOIN event_actors x ON x.event_row_id = e.row_id "
                + "ORDER BY e.stored_order, e.seq, x.role, x.ordinal";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            filter.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                Map<Long, EventRows> events = new LinkedHashMap<>();
                while (rows.next()) {
                    events.computeIfAbsent(rows.getLong("row_id"), id -> new EventRows()).add(rows);
                }
                List<Event> found = new ArrayList<>(events.size());
                for (EventRows rowsOfOne : events.values()) {
                    found.add(rowsOfOne.event());
                }
                return List.copyOf(found);
            }
        }
    }

    static List<Quote> quotes(Connection connection, EventQuery query) throws SQLException {
        QueryFilter filter = QueryFilter.forQuotes(query);
        String sql = "SELECT q.doc, q.speaker, q.speaker_code, q.text, q.date_iso, q.start_offset, q.end_offset "
                + "FROM quotes q JOIN articles a ON a.id = q.article_id" + filter.where()
                + " ORDER BY a.stored_order, q.seq" + limit(query);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            filter.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                List<Quote> quotes = new ArrayList<>();
                while (rows.next()) {
                    quotes.add(new Quote(rows.getString("doc"), rows.getString("speaker"),
                            rows.getString("speaker_code"), rows.getString("text"), rows.getString("date_iso"),
                            rows.getInt("start_offset"), rows.getInt("end_offset")));
                }
                return List.copyOf(quotes);
            }
        }
    }

    static List<SkippedInput> skipped(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT origin, reason, detail FROM skipped_inputs ORDER BY row_id");
             ResultSet rows = select.executeQuery()) {
            List<SkippedInput> skipped = new ArrayList<>();
            while (rows.next()) {
                skipped.add(new SkippedInput(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
            return List.copyOf(skipped);
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String limit(EventQuery query) {
        // An int rendered by the program, not user text: safe to inline.
        return query.limit() == 0 ? "" : " FETCH FIRST " + query.limit() + " ROWS ONLY";
    }

    private static Article article(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        List<Span> furniture;
        try {
            furniture = Json.mapper().readValue(rows.getString("furniture"), SPANS);
        } catch (JsonProcessingException e) {
            throw new SQLException("furniture of article " + id + " is not a JSON list of spans", e);
        }
        return new Article(id, rows.getString("url"), rows.getString("source"),
                rows.getObject("published", LocalDate.class), rows.getString("title"), rows.getString("text"),
                rows.getString("lang"), rows.getString("origin"), furniture);
    }

    /** The rows of one event, one per actor or recipient, folded into the record. */
    private static final class EventRows {
        private final List<ActorRef> actors = new ArrayList<>();
        private final List<ActorRef> recipients = new ArrayList<>();
        private EventColumns columns;

        void add(ResultSet rows) throws SQLException {
            if (columns == null) {
                columns = EventColumns.read(rows);
            }
            ActorRef ref = new ActorRef(rows.getString("actor_text"), rows.getString("actor_name"),
                    rows.getString("actor_code"), rows.getString("actor_sector"));
            ("actor".equals(rows.getString("role")) ? actors : recipients).add(ref);
        }

        Event event() {
            EventColumns c = columns;
            return new Event(c.id(), c.doc(), c.type(), c.mode(), c.issues(), actors, recipients, c.date(),
                    c.dateText(), c.aux(), c.location(), c.evidence(), c.quote(), c.confidence(), c.provenance());
        }
    }

    /** The columns of the events table, read once per event before its actor rows. */
    private record EventColumns(String id, String doc, EventType type, String mode, List<String> issues,
                                String date, String dateText, Aux aux, Location location, Evidence evidence,
                                String quote, double confidence, Provenance provenance) {
        static EventColumns read(ResultSet rows) throws SQLException {
            String issues = rows.getString("issues");
            Location location = rows.getBoolean("has_location")
                    ? new Location(rows.getString("location_text"), rows.getString("location_code")) : null;
            Provenance provenance = rows.getBoolean("has_provenance")
                    ? new Provenance(rows.getString("rule"), rows.getString("trigger_word"),
                            rows.getString("dictionary_version"), rows.getString("codebook_version")) : null;
            return new EventColumns(rows.getString("id"), rows.getString("doc"),
                    EventType.valueOf(rows.getString("type")), rows.getString("mode"),
                    issues.isEmpty() ? List.of() : List.of(issues.split(",")), rows.getString("date_iso"),
                    rows.getString("date_text"), Aux.fromId(rows.getString("aux")), location,
                    new Evidence(rows.getString("evidence_sentence"), rows.getInt("evidence_start"),
                            rows.getInt("evidence_end")),
                    rows.getString("quote"), rows.getDouble("confidence"), provenance);
        }
    }
}
