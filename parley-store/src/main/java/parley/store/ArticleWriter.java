package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import parley.core.json.Json;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;

/**
 * Writes one coded article into the tables of {@code V1__initial.sql} (with the columns V3 added).
 * It runs inside the caller's transaction and neither commits nor rolls back: {@link
 * JdbcEventStore#save} owns the transaction.
 */
final class ArticleWriter {
    private static final String INSERT_ARTICLE = "INSERT INTO articles (id, url, source, published, title, text, "
            + "lang, origin, furniture, text_hash, stored_at, event_count, quote_count) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO events (article_id, seq, id, doc, type, mode, issues, "
            + "date_iso, date_from, date_to, date_text, aux, has_location, location_text, location_code, "
            + "evidence_sentence, evidence_start, evidence_end, quote, confidence, has_provenance, rule, "
            + "trigger_word, dictionary_version, codebook_version, article_order, rules) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ACTOR = "INSERT INTO event_actors (event_row_id, role, ordinal, text, name, "
            + "code, sector, article_order, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_QUOTE = "INSERT INTO quotes (article_id, seq, doc, speaker, speaker_code, "
            + "text, date_iso, date_from, date_to, start_offset, end_offset, article_order) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ArticleWriter() {
    }

    /**
     * Writes the article, its events with their actors, and its quotes.
     *
     * @return the article's stored order and the row id of each event, by position
     */
    static Written write(Session s, CodedArticle coded) throws SQLException {
        Article article = coded.article();
        insertArticle(s, coded);
        long order;
        try (PreparedStatement select = s.prepare("SELECT stored_order FROM articles WHERE id = ?")) {
            s.text(select, 1, article.id());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("article " + article.id() + " vanished right after it was inserted");
                }
                order = rows.getLong(1);
            }
        }
        long[] rowIds = new long[coded.events().size()];
        if (!coded.events().isEmpty()) {
            try (PreparedStatement events = s.prepare(INSERT_EVENT)) {
                for (int seq = 0; seq < coded.events().size(); seq++) {
                    addEvent(s, events, article.id(), seq, coded.events().get(seq), order);
                }
                events.executeBatch();
            }
            try (PreparedStatement select = s.prepare(
                    "SELECT seq, row_id FROM events WHERE article_id = ?")) {
                s.text(select, 1, article.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        rowIds[rows.getInt(1)] = rows.getLong(2);
                    }
                }
            }
            try (PreparedStatement actors = s.prepare(INSERT_ACTOR)) {
                for (int seq = 0; seq < coded.events().size(); seq++) {
                    Event event = coded.events().get(seq);
                    addActors(s, actors, rowIds[seq], "actor", event.actor(), order, seq);
                    addActors(s, actors, rowIds[seq], "recipient", event.recipient(), order, seq);
                }
                actors.executeBatch();
            }
        }
        if (!coded.quotes().isEmpty()) {
            try (PreparedStatement quotes = s.prepare(INSERT_QUOTE)) {
                for (int seq = 0; seq < coded.quotes().size(); seq++) {
                    addQuote(s, quotes, article.id(), seq, coded.quotes().get(seq), order);
                }
                quotes.executeBatch();
            }
        }
        return new Written(order, rowIds);
    }

    /** Where an article went: its stored order, and its events' row ids by position. */
    record Written(long order, long[] rowIds) {
    }

    private static void insertArticle(Session s, CodedArticle coded) throws SQLException {
        Article article = coded.article();
        try (PreparedStatement insert = s.prepare(INSERT_ARTICLE)) {
            s.text(insert, 1, article.id());
            s.text(insert, 2, article.url());
            s.text(insert, 3, article.source());
            insert.setObject(4, article.published(), Types.DATE);
            s.text(insert, 5, article.title());
            s.text(insert, 6, article.text());
            s.text(insert, 7, article.lang());
            s.text(insert, 8, article.origin());
            s.text(insert, 9, furnitureJson(article));
            s.text(insert, 10, sha256(article.text()));
            insert.setObject(11, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setInt(12, coded.events().size());
            insert.setInt(13, coded.quotes().size());
            insert.executeUpdate();
        }
    }

    private static void addEvent(Session s, PreparedStatement insert, String articleId, int seq, Event event, long order)
            throws SQLException {
        s.text(insert, 1, articleId);
        insert.setInt(2, seq);
        s.text(insert, 3, event.id());
        s.text(insert, 4, event.doc());
        s.text(insert, 5, event.type().name());
        s.text(insert, 6, event.mode());
        s.text(insert, 7, String.join(",", event.issues()));
        setDate(s, insert, 8, event.date());
        s.text(insert, 11, event.dateText());
        s.text(insert, 12, event.aux() == null ? null : event.aux().id());
        insert.setBoolean(13, event.location() != null);
        s.text(insert, 14, event.location() == null ? null : event.location().text());
        s.text(insert, 15, event.location() == null ? null : event.location().code());
        s.text(insert, 16, event.evidence().sentence());
        insert.setInt(17, event.evidence().start());
        insert.setInt(18, event.evidence().end());
        s.text(insert, 19, event.quote());
        insert.setDouble(20, event.confidence());
        insert.setBoolean(21, event.provenance() != null);
        s.text(insert, 22, event.provenance() == null ? null : event.provenance().rule());
        s.text(insert, 23, event.provenance() == null ? null : event.provenance().trigger());
        s.text(insert, 24, event.provenance() == null ? null : event.provenance().dictionaryVersion());
        s.text(insert, 25, event.provenance() == null ? null : event.provenance().codebookVersion());
        insert.setLong(26, order);
        s.text(insert, 27, event.provenance() == null ? null : String.join("\n", event.provenance().rules()));
        insert.addBatch();
    }

    private static void addActors(Session s, PreparedStatement insert, long eventRowId, String role, List<ActorRef> refs,
                                  long order, int seq) throws SQLException {
        for (int ordinal = 0; ordinal < refs.size(); ordinal++) {
            ActorRef ref = refs.get(ordinal);
            insert.setLong(1, eventRowId);
            s.text(insert, 2, role);
            insert.setInt(3, ordinal);
            s.text(insert, 4, ref.text());
            s.text(insert, 5, ref.name());
            s.text(insert, 6, ref.code());
            s.text(insert, 7, ref.sector());
            insert.setLong(8, order);
            insert.setInt(9, seq);
            insert.addBatch();
        }
    }

    private static void addQuote(Session s, PreparedStatement insert, String articleId, int seq, Quote quote, long order)
            throws SQLException {
        s.text(insert, 1, articleId);
        insert.setInt(2, seq);
        s.text(insert, 3, quote.doc());
        s.text(insert, 4, quote.speaker());
        s.text(insert, 5, quote.speakerCode());
        s.text(insert, 6, quote.text());
        setDate(s, insert, 7, quote.date());
        insert.setInt(10, quote.start());
        insert.setInt(11, quote.end());
        insert.setLong(12, order);
        insert.addBatch();
    }

    /** Sets the ISO date at {@code index} and the first and last day it covers at the next two. */
    private static void setDate(Session s, PreparedStatement insert, int index, String iso) throws SQLException {
        s.text(insert, index, iso);
        insert.setObject(index + 1, IsoDates.firstDay(iso), Types.DATE);
        insert.setObject(index + 2, IsoDates.lastDay(iso), Types.DATE);
    }

    private static String furnitureJson(Article article) throws SQLException {
        try {
            return Json.mapper().writeValueAsString(article.furniture());
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write furniture of article " + article.id() + " as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
