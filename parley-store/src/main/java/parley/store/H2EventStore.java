package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import parley.core.store.EventQuery;
import parley.core.store.EventStore;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * The workspace store: an embedded H2 database in one file, {@code <dataDir>/parley.mv.db}, whose
 * schema Flyway migrates on {@link #open}.
 *
 * <pre>{@code
 * try (H2EventStore store = H2EventStore.open(Path.of("workspace/data"))) {
 *     if (!store.contains(article.id())) {
 *         store.save(new CodedArticle(article, events, quotes));
 *     }
 *     List<Event> russianRejections = store.events(new EventQuery(
 *             Set.of("RUS"), Set.of(EventType.REJECT), Set.of(), null, null, 0));
 * }
 * }</pre>
 *
 * <p>An article is written with all its events, actors and quotes in one transaction: a run that is
 * killed (even with SIGKILL) leaves each article either complete or absent, every save that had
 * returned is kept, and running it again stores the missing ones. (Commits are written to the file
 * but not forced to the disk, so this holds for a killed process, not for a power cut.) The actor filter of a query matches the {@code actor} role only ("what
 * Russia did"), never the recipient; quotes are filtered by speaker code and date only.
 *
 * <p>One process at a time: H2 locks the file, and a second process gets a {@link StoreException}
 * saying the workspace is in use. Within the process an instance may be shared by threads; all
 * calls go through one connection and are serialised.
 */
public final class H2EventStore implements EventStore {
    /** Base name of the database files in the data folder ({@code parley.mv.db}). */
    public static final String DATABASE_NAME = "parley";

    private final Path dataDir;
    private final Connection connection;
    private boolean closed;

    private H2EventStore(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /**
     * Opens the workspace database in {@code dataDir}, creating the folder and the database when
     * missing and applying any pending schema migration.
     *
     * @throws StoreException when the folder cannot be created, another process has the workspace
     *                        open, or the schema cannot be migrated
     */
    public static H2EventStore open(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("data folder must not be null");
        }
        Path folder = dataDir.toAbsolutePath().normalize();
        // H2 reads ';' in a URL as the start of a setting: such a folder would open some other file.
        if (folder.toString().contains(";")) {
            throw new IllegalArgumentException("data folder must not contain ';', got " + folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        JdbcDataSource source = new JdbcDataSource();
        // WRITE_DELAY=0: each commit reaches the file before save() returns. With H2's default
        // (500 ms) a killed run loses saves that had already returned (the crash-safety test sees
        // it); the cost is about 3 ms instead of 2 ms per article of seven events.
        source.setURL("jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";WRITE_DELAY=0");
        source.setUser("parley");
        source.setPassword("");
        Connection connection;
        try {
            connection = source.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("the workspace " + folder + " is in use by another Parley process", e);
            }
            throw new StoreException("cannot open the workspace database in " + folder + ": " + e.getMessage(), e);
        }
        try {
            migrate(source);
        } catch (FlywayException e) {
            closeQuietly(connection);
            throw new StoreException("cannot migrate the workspace schema in " + folder + ": " + e.getMessage(), e);
        }
        return new H2EventStore(folder, connection);
    }

    private static void migrate(JdbcDataSource source) {
        // Our connection is already open, so the database stays up while Flyway uses its own.
        Flyway.configure(H2EventStore.class.getClassLoader())
                .dataSource(source)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The folder holding the database files. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized boolean contains(String articleId) {
        ensureOpen();
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            select.setString(1, articleId);
            return select.executeQuery().next();
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + articleId + " in " + dataDir, e);
        }
    }

    /**
     * Writes the article, its events with their actors, and its quotes in one transaction. They are
     * filed under the article's id and keep their order; their own {@code doc} field is stored as
     * given.
     *
     * @return false, writing nothing, when an article with this id is already stored
     * @throws StoreException naming the article when the write fails; nothing of it is kept
     */
    @Override
    public synchronized boolean save(CodedArticle coded) {
        ensureOpen();
        String id = coded.article().id();
        if (contains(id)) {
            return false;
        }
        try {
            connection.setAutoCommit(false);
            try {
                ArticleWriter.write(connection, coded);
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                if (e instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DUPLICATE_KEY_1
                        && contains(id)) {
                    // Another store instance on the same database saved it in between.
                    return false;
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot save article " + id + " in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void recordSkipped(SkippedInput skipped) {
        ensureOpen();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO skipped_inputs (origin, reason, detail, recorded_at) SELECT ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM skipped_inputs WHERE origin = ? AND reason = ?)")) {
            insert.setString(1, skipped.origin());
            insert.setString(2, skipped.reason());
            insert.setString(3, skipped.detail());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(5, skipped.origin());
            insert.setString(6, skipped.reason());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record skipped input " + skipped.origin() + " (" + skipped.reason()
                    + ") in " + dataDir, e);
        }
    }

    /**
     * Records a syndicated copy of a stored article, once: recording the same copy id again (in
     * this run or a later one) changes nothing, whatever article it is given as a copy of.
     *
     * @return true when the copy was recorded now, false when it already was
     * @throws IllegalArgumentException when the article it copies is not stored
     * @throws StoreException when the write fails
     */
    public synchronized boolean recordSyndication(Syndication syndication) {
        ensureOpen();
        if (syndication == null) {
            throw new IllegalArgumentException("syndication must not be null");
        }
        if (!contains(syndication.articleId())) {
            throw new IllegalArgumentException("cannot record " + syndication.copyId() + " as a copy of "
                    + syndication.articleId() + ": no article " + syndication.articleId() + " is stored");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO syndications (copy_id, article_id, origin, url, source, similarity, kind, recorded_at) "
                        + "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM syndications WHERE copy_id = ?)")) {
            insert.setString(1, syndication.copyId());
            insert.setString(2, syndication.articleId());
            insert.setString(3, syndication.origin());
            insert.setString(4, syndication.url());
            insert.setString(5, syndication.source());
            insert.setDouble(6, syndication.similarity());
            insert.setString(7, syndication.kind().name());
            insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(9, syndication.copyId());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                return false; // another store instance on the same database recorded it in between
            }
            throw new StoreException("cannot record syndicated copy " + syndication.copyId() + " of "
                    + syndication.articleId() + " in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Every syndicated copy, in the order they were recorded. */
    public synchronized List<Syndication> syndications() {
        ensureOpen();
        try {
            return StoreReader.syndications(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read syndicated copies from " + dataDir, e);
        }
    }

    /**
     * Copy id to the id of the stored article it copies, in recorded order: the map {@code
     * parley.core.corroboration.Corroborator} takes to count outlets rather than copies.
     */
    public synchronized Map<String, String> syndicationMap() {
        ensureOpen();
        try {
            return StoreReader.syndicationMap(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read syndicated copies from " + dataDir, e);
        }
    }

    /** How many syndicated copies are recorded. */
    public synchronized long syndicationCount() {
        ensureOpen();
        try {
            return StoreReader.count(connection, "syndications");
        } catch (SQLException e) {
            throw new StoreException("cannot count the syndicated copies in " + dataDir, e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        ensureOpen();
        try {
            return StoreReader.article(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + " from " + dataDir, e);
        }
    }

    /**
     * Hands every article to {@code action} in the order they were saved, reading them a few at a
     * time: for a pass over a large workspace without holding all its texts. The store is locked
     * meanwhile; {@code action} must not call it.
     */
    public synchronized void forEachArticle(Consumer<? super Article> action) {
        ensureOpen();
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        try {
            StoreReader.forEachArticle(connection, action);
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + dataDir, e);
        }
    }

    /** All articles in the order they were saved. */
    @Override
    public synchronized List<Article> articles() {
        ensureOpen();
        try {
            return StoreReader.articles(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + dataDir, e);
        }
    }

    /**
     * Events matching the query, in the order their articles were saved, then their order in the
     * article. Actor codes match the actor role only; issues match when the event has any of them;
     * since/until keep events whose date range overlaps them (a month covers the whole month).
     */
    @Override
    public synchronized List<Event> events(EventQuery query) {
        ensureOpen();
        try {
            return StoreReader.events(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot read events matching " + query + " from " + dataDir, e);
        }
    }

    /** Quotes by the query's speaker codes (if any) within its date bounds; types and issues do not apply. */
    @Override
    public synchronized List<Quote> quotes(EventQuery query) {
        ensureOpen();
        try {
            return StoreReader.quotes(connection, query);
        } catch (SQLException e) {
            throw new StoreException("cannot read quotes matching " + query + " from " + dataDir, e);
        }
    }

    /** Skipped inputs in the order they were first recorded. */
    @Override
    public synchronized List<SkippedInput> skipped() {
        ensureOpen();
        try {
            return StoreReader.skipped(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read skipped inputs from " + dataDir, e);
        }
    }

    /** How many articles, events, quotes and skipped inputs the workspace holds. */
    public synchronized WorkspaceSummary summary() {
        ensureOpen();
        try {
            return new WorkspaceSummary(StoreReader.count(connection, "articles"),
                    StoreReader.count(connection, "events"), StoreReader.count(connection, "quotes"),
                    StoreReader.count(connection, "skipped_inputs"));
        } catch (SQLException e) {
            throw new StoreException("cannot count the contents of " + dataDir, e);
        }
    }

    /** Closes the database; later calls throw {@link IllegalStateException}. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the workspace database in " + dataDir, e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the workspace store of " + dataDir + " is closed");
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a better message; the close error would only hide it.
        }
    }
}
