package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import parley.core.json.Json;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;

/**
 * Writes one coded article into the tables of {@code V1__initial.sql}. It runs inside the caller's
 * transaction and neither commits nor rolls back: {@link H2EventStore#save} owns the transaction.
 */
final class ArticleWriter {
    private static final String INSERT_ARTICLE = "INSERT INTO articles (id, url, source, published, title, text, "
            + "lang, origin, furniture, text_hash, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO events (article_id, seq, id, doc, type, mode, issues, "
            + "date_iso, date_from, date_to, date_text, aux, has_location, location_text, location_code, "
            + "evidence_sentence, evidence_start, evidence_end, quote, confidence, has_provenance, rule, "
            + "trigger_word, dictionary_version, codebook_version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ACTOR = "INSERT INTO event_actors (event_row_id, role, ordinal, text, name, "
            + "code, sector) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_QUOTE = "INSERT INTO quotes (article_id, seq, doc, speaker, speaker_code, "
            + "text, date_iso, date_from, date_to, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private ArticleWriter() {
    }

    static void write(Connection connection, CodedArticle coded) throws SQLException {
        Article article = coded.article();
        insertArticle(connection, article);
        try (PreparedStatement events = connection.prepareStatement(INSERT_EVENT, new String[] {"ROW_ID"});
             PreparedStatement actors = connection.prepareStatement(INSERT_ACTOR)) {
            for (int seq = 0; seq < coded.events().size(); seq++) {
                Event event = coded.events().get(seq);
                long rowId = insertEvent(events, article.id(), seq, event);
                addActors(actors, rowId, "actor", event.actor());
                addActors(actors, rowId, "recipient", event.recipient());
            }
            actors.executeBatch();
        }
        try (PreparedStatement quotes = connection.prepareStatement(INSERT_QUOTE)) {
            for (int seq = 0; seq < coded.quotes().size(); seq++) {
                addQuote(quotes, article.id(), seq, coded.quotes().get(seq));
            }
            quotes.executeBatch();
        }
    }

    private static void insertArticle(Connection connection, Article article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ARTICLE)) {
            insert.setString(1, article.id());
            insert.setString(2, article.url());
            insert.setString(3, article.source());
            insert.setObject(4, article.published(), Types.DATE);
            insert.setString(5, article.title());
            insert.setString(6, article.text());
            insert.setString(7, article.lang());
            insert.setString(8, article.origin());
            insert.setString(9, furnitureJson(article));
            insert.setString(10, sha256(article.text()));
            insert.setObject(11, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static long insertEvent(PreparedStatement insert, String articleId, int seq, Event event)
            throws SQLException {
        insert.setString(1, articleId);
        insert.setInt(2, seq);
        insert.setString(3, event.id());
        insert.setString(4, event.doc());
        insert.setString(5, event.type().name());
        insert.setString(6, event.mode());
        insert.setString(7, String.join(",", event.issues()));
        setDate(insert, 8, event.date());
        insert.setString(11, event.dateText());
        insert.setString(12, event.aux() == null ? null : event.aux().id());
        insert.setBoolean(13, event.location() != null);
        insert.setString(14, event.location() == null ? null : event.location().text());
        insert.setString(15, event.location() == null ? null : event.location().code());
        insert.setString(16, event.evidence().sentence());
        insert.setInt(17, event.evidence().start());
        insert.setInt(18, event.evidence().end());
        insert.setString(19, event.quote());
        insert.setDouble(20, event.confidence());
        insert.setBoolean(21, event.provenance() != null);
        insert.setString(22, event.provenance() == null ? null : event.provenance().rule());
        insert.setString(23, event.provenance() == null ? null : event.provenance().trigger());
        insert.setString(24, event.provenance() == null ? null : event.provenance().dictionaryVersion());
        insert.setString(25, event.provenance() == null ? null : event.provenance().codebookVersion());
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no row id generated for event " + seq + " of article " + articleId);
            }
            return keys.getLong(1);
        }
    }

    private static void addActors(PreparedStatement insert, long eventRowId, String role, List<ActorRef> refs)
            throws SQLException {
        for (int ordinal = 0; ordinal < refs.size(); ordinal++) {
            ActorRef ref = refs.get(ordinal);
            insert.setLong(1, eventRowId);
            insert.setString(2, role);
            insert.setInt(3, ordinal);
            insert.setString(4, ref.text());
            insert.setString(5, ref.name());
            insert.setString(6, ref.code());
            insert.setString(7, ref.sector());
            insert.addBatch();
        }
    }

    private static void addQuote(PreparedStatement insert, String articleId, int seq, Quote quote)
            throws SQLException {
        insert.setString(1, articleId);
        insert.setInt(2, seq);
        insert.setString(3, quote.doc());
        insert.setString(4, quote.speaker());
        insert.setString(5, quote.speakerCode());
        insert.setString(6, quote.text());
        setDate(insert, 7, quote.date());
        insert.setInt(10, quote.start());
        insert.setInt(11, quote.end());
        insert.addBatch();
    }

    /** Sets the ISO date at {@code index} and the first and last day it covers at the next two. */
    private static void setDate(PreparedStatement insert, int index, String iso) throws SQLException {
        DateRange range = DateRange.of(iso).orElse(null);
        insert.setString(index, iso);
        insert.setObject(index + 1, range == null ? null : range.from(), Types.DATE);
        insert.setObject(index + 2, range == null ? null : range.to(), Types.DATE);
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
