package parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.json.Json;
import parley.core.positions.Position;
import parley.core.positions.StanceKey;
import parley.core.store.ActorActivity;
import parley.core.store.ArticleSummary;
import parley.core.store.Conflict;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Network;
import parley.core.store.Page;
import parley.core.store.Syndication;
import parley.core.store.WorkspaceSummary;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.model.Span;

/**
 * The workspace in a database: embedded H2 in one file ({@code <dataDir>/parley.mv.db}), or a
 * PostgreSQL server shared by a team. Both get the same schema from the same Flyway migrations
 * ({@code db/migration}) on {@link #open}, and answer every {@link EventStore} question the same
 * way.
 *
 * <pre>{@code
 * try (JdbcEventStore store = JdbcEventStore.open(Path.of("workspace/data"))) {      // or
 * // try (JdbcEventStore store = JdbcEventStore.connect("jdbc:postgresql://db.example/parley?user=u&password=p")) {
 *     store.save(new CodedArticle(article, events, quotes));
 *     Page<Event> rejections = store.events(Filter.none().withTypes(Set.of(EventType.REJECT)), null, 50);
 * }
 * }</pre>
 *
 * <p>Reads run on a pool of connections (HikariCP), so requests read in parallel. A save holds
 * the workspace's write lock (a row lock, {@code write_lock}) from its first statement to its
 * commit: saves from several threads or processes are serialised, so the incidents are merged
 * one article at a time and each article is stored once. An article is written with everything
 * derived from it in one transaction: a writer killed at any moment (even with SIGKILL) leaves each
 * article complete or absent. On H2 commits reach the file before {@code save} returns
 * ({@code WRITE_DELAY=0}); on PostgreSQL the server's own durability applies.
 *
 * <p>An H2 workspace is used by one process at a time (H2 locks the file; a second process gets a
 * {@link StoreException} saying the workspace is in use). A PostgreSQL workspace may be written by
 * several processes at once.
 */
public final class JdbcEventStore implements EventStore {
    /** Base name of the H2 database files in the data folder ({@code parley.mv.db}). */
    public static final String DATABASE_NAME = "parley";
    /** Connections for reading in parallel (requests); a save takes one of them too. */
    private static final int POOL_SIZE = 8;
    private static final TypeReference<List<Span>> SPANS = new TypeReference<>() {
    };

    /**
     * An H2 file that grew by more than a quarter (and {@value #COMPACT_ABOVE_BYTES} bytes) while
     * the store was open is rewritten when it is closed. Written with {@code WRITE_DELAY=0}, H2 has
     * no background thread to reuse the space of rewritten pages: building 40,000 events left a
     * 317 MB file that held 32 MB once compacted, 1,000,000 events 6.4 GB that held 808 MB
     * (compacted in 60 s). H2's own fill rate said 37% and 55% of them.
     */
    private static final double COMPACT_AFTER_GROWTH = 1.25;
    /** Growth smaller than this is not worth compacting on close. */
    private static final long COMPACT_ABOVE_BYTES = 64L << 20;

    /**
     * The settings of an embedded workspace. {@code WRITE_DELAY=0}: each commit reaches the file
     * before {@code save} returns; with H2's default (500 ms) a killed run loses saves that had
     * already returned (the crash-safety test sees it). {@code MAX_COMPACT_TIME=0}: closing does not
     * compact the file in place. H2's default spends up to 200 ms of every close moving live chunks
     * into the free space at the start of the file. On files that a killed writer had left, such a
     * close wrote a layout in which two chunks claim the same blocks, and the next open failed with
     * "Double mark" (H2 2.3.232: 3 of 760 cycles of kill, reopen and close in {@code CrashLoopMain},
     * each broken file written by that clean close; none of 690 cycles with 0). The space is
     * given back by {@code SHUTDOWN COMPACT} instead, which writes a new file and renames it over the
     * old one (see {@link #close()}).
     */
    static final String H2_SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;CACHE_SIZE=131072";

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String where;
    private final String url;
    /** Size of the H2 file when the store was opened, 0 when not an H2 file. */
    private final long openedSize;
    private volatile boolean closed;

    private JdbcEventStore(HikariDataSource pool, Dialect dialect, String where, String url) {
        this.pool = pool;
        this.dialect = dialect;
        this.where = where;
        this.url = url;
        this.openedSize = h2File() ? fileSize() : 0;
    }

    private boolean h2File() {
        return dialect == Dialect.H2 && url.startsWith("jdbc:h2:file:");
    }

    /**
     * Opens the embedded workspace database in {@code dataDir}, creating the folder and the
     * database when missing and applying any pending schema migration.
     *
     * @throws StoreException when the folder cannot be created, another process has the workspace
     *                        open, or the schema cannot be migrated
     */
    public static JdbcEventStore open(Path dataDir) {
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
        String url = "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + H2_SETTINGS;
        return start(url, "parley", "", "the workspace " + folder);
    }

    /**
     * Connects to a workspace database given by a JDBC URL: {@code jdbc:postgresql://HOST[:PORT]/DB}
     * (user and password as URL parameters {@code ?user=..&password=..}, or from
     * {@code $PARLEY_DB_USER} and {@code $PARLEY_DB_PASSWORD}), or an H2 URL. The schema is created
     * or migrated as needed.
     *
     * @throws IllegalArgumentException when the URL is not one of those
     * @throws StoreException           when the server cannot be reached or the schema cannot be migrated
     */
    public static JdbcEventStore connect(String jdbcUrl) {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.startsWith("jdbc:h2:"))) {
            throw new IllegalArgumentException("a workspace database URL starts with jdbc:postgresql: (or jdbc:h2:), got '"
                    + jdbcUrl + "'");
        }
        String user = System.getenv("PARLEY_DB_USER");
        String password = System.getenv("PARLEY_DB_PASSWORD");
        return start(jdbcUrl, user, password, "the workspace database " + withoutPassword(jdbcUrl));
    }

    /** The URL with any password parameter blanked, for messages. */
    public static String withoutPasswordOf(String url) {
        return withoutPassword(url);
    }

    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static JdbcEventStore start(String url, String user, String password, String where) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("parley");
        config.setConnectionTimeout(10_000);
        // Fail at once, with the database's own reason, when it cannot be reached.
        config.setInitializationFailTimeout(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException(where + " is in use by another Parley process", e);
            }
            throw new StoreException("cannot open " + where + ": " + cause.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open " + where + ": " + e.getMessage(), e);
        }
        Dialect dialect;
        try (Connection connection = pool.getConnection()) {
            dialect = Dialect.of(connection);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot open " + where + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure(JdbcEventStore.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .javaMigrations(new DerivedDataMigration(), new IncidentTopicsMigration(), new EventRulesMigration())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate the schema of " + where + ": " + e.getMessage(), e);
        }
        return new JdbcEventStore(pool, dialect, where, url);
    }

    // ---- writing ----

    @Override
    public boolean contains(String articleId) {
        return read("look up article " + articleId, s -> exists(s, "SELECT 1 FROM articles WHERE id = ?", articleId));
    }

    @Override
    public boolean containsCopy(String copyId) {
        return read("look up copy " + copyId, s -> exists(s, "SELECT 1 FROM syndications WHERE copy_id = ?", copyId));
    }

    private static boolean exists(Session s, String sql, String key) throws SQLException {
        try (PreparedStatement select = s.prepare(sql)) {
            s.text(select, 1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Writes the article, its events with their actors, its quotes and stances, and merges its
     * events into the incidents, in one transaction under the write lock.
     *
     * @return false, writing nothing, when an article with this id is already stored
     * @throws StoreException naming the article when the write fails; nothing of it is kept
     */
    @Override
    public boolean save(CodedArticle coded) {
        String id = coded.article().id();
        try {
            return write("save article " + id, s -> {
                if (exists(s, "SELECT 1 FROM articles WHERE id = ?", id)) {
                    return false;
                }
                ArticleWriter.Written written = ArticleWriter.write(s, coded);
                Derivations derivations = new Derivations(s);
                derivations.articlesSaved(List.of(new Derivations.Saved(coded, written)));
                derivations.flush();
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Dialect.isDuplicateKey(sql) && contains(id)) {
                // A writer that does not take the lock (an older Parley) stored it in between.
                return false;
            }
            throw e;
        }
    }

    /**
     * Stores the articles not yet stored, in one transaction under the write lock: their rows
     * first, then one merge of all their events into the incidents, which gives the incidents that
     * saving them one at a time in this order gives. The way to build a large workspace: a batch of
     * a few thousand articles of a few days costs a few queries per table.
     */
    @Override
    public int saveAll(List<CodedArticle> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return write("save " + batch.size() + " articles from " + batch.get(0).article().id(), s -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<Derivations.Saved> saved = new ArrayList<>();
            for (CodedArticle coded : batch) {
                String id = coded.article().id();
                if (!seen.add(id) || exists(s, "SELECT 1 FROM articles WHERE id = ?", id)) {
                    continue;
                }
                saved.add(new Derivations.Saved(coded, ArticleWriter.write(s, coded)));
            }
            Derivations derivations = new Derivations(s);
            derivations.articlesSaved(saved);
            derivations.flush();
            return saved.size();
        });
    }

    @Override
    public void recordSkipped(SkippedInput skipped) {
        write("record skipped input " + skipped.origin() + " (" + skipped.reason() + ")", s -> {
            try (PreparedStatement insert = s.prepare(
                    "INSERT INTO skipped_inputs (origin, reason, detail, recorded_at) SELECT ?, ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM skipped_inputs WHERE origin = ? AND reason = ?)")) {
                s.text(insert, 1, skipped.origin());
                s.text(insert, 2, skipped.reason());
                s.text(insert, 3, skipped.detail());
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                s.text(insert, 5, skipped.origin());
                s.text(insert, 6, skipped.reason());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean recordSyndication(Syndication syndication) {
        if (syndication == null) {
            throw new IllegalArgumentException("syndication must not be null");
        }
        return write("record syndicated copy " + syndication.copyId() + " of " + syndication.articleId(), s -> {
            if (!exists(s, "SELECT 1 FROM articles WHERE id = ?", syndication.articleId())) {
                throw new IllegalArgumentException("cannot record " + syndication.copyId() + " as a copy of "
                        + syndication.articleId() + ": no article " + syndication.articleId() + " is stored");
            }
            try (PreparedStatement insert = s.prepare("INSERT INTO syndications (copy_id, article_id, origin, url, "
                    + "source, similarity, kind, recorded_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM syndications WHERE copy_id = ?)")) {
                s.text(insert, 1, syndication.copyId());
                s.text(insert, 2, syndication.articleId());
                s.text(insert, 3, syndication.origin());
                s.text(insert, 4, syndication.url());
                s.text(insert, 5, syndication.source());
                insert.setDouble(6, syndication.similarity());
                insert.setString(7, syndication.kind().name());
                insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                s.text(insert, 9, syndication.copyId());
                return insert.executeUpdate() == 1;
            }
        });
    }

    // ---- single items ----

    @Override
    public Optional<Article> article(String id) {
        return read("read article " + id, s -> {
            try (PreparedStatement select = s.prepare("SELECT id, url, source, published, title, text, lang, origin, "
                    + "furniture FROM articles WHERE id = ?")) {
                s.text(select, 1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(article(s, rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Event> eventsOf(String articleId) {
        return read("read the events of article " + articleId, s -> {
            try (PreparedStatement select = s.prepare("SELECT " + EventRows.COLUMNS + " FROM events e "
                    + "WHERE e.article_id = ? ORDER BY e.seq")) {
                s.text(select, 1, articleId);
                return EventRows.events(EventRows.read(s, select));
            }
        });
    }

    @Override
    public List<Quote> quotesOf(String articleId) {
        return read("read the quotes of article " + articleId, s -> {
            try (PreparedStatement select = s.prepare("SELECT q.doc, q.speaker, q.speaker_code, q.text, q.date_iso, "
                    + "q.start_offset, q.end_offset FROM quotes q WHERE q.article_id = ? ORDER BY q.seq")) {
                s.text(select, 1, articleId);
                List<Quote> quotes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        quotes.add(Lists.quote(s, rows));
                    }
                }
                return quotes;
            }
        });
    }

    @Override
    public Optional<Event> event(String id) {
        return read("read event " + id, s -> {
            try (PreparedStatement select = s.prepare("SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.id = ? "
                    + "ORDER BY e.article_order, e.seq" + Sql.fetch(1))) {
                s.text(select, 1, id);
                return EventRows.events(EventRows.read(s, select)).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Incident> incident(String id) {
        return read("read incident " + id, s -> {
            try (PreparedStatement select = s.prepare("SELECT " + IncidentRows.COLUMNS + " FROM incidents i WHERE i.id = ?")) {
                s.text(select, 1, id);
                return IncidentRows.incidents(IncidentRows.read(s, select)).stream().findFirst();
            }
        });
    }

    @Override
    public List<Contradiction> contradictionsOf(String incidentId) {
        return read("read the contradictions of incident " + incidentId,
                s -> Lists.contradictions(s, Filter.none(), null, 0, incidentId).items());
    }

    @Override
    public String actorName(String code) {
        return read("read the name of actor " + code, s -> Summaries.actorName(s, code));
    }

    @Override
    public Map<String, String> titles(Collection<String> articleIds) {
        return read("read article titles", s -> {
            Map<String, String> titles = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>(articleIds);
            for (int from = 0; from < ids.size(); from += 400) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
                try (PreparedStatement select = s.prepare("SELECT id, title FROM articles WHERE id IN ("
                        + Sql.marks(chunk.size()) + ")")) {
                    s.bind(select, 1, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            String title = s.text(rows, 2);
                            if (title != null) {
                                titles.put(s.text(rows, 1), title);
                            }
                        }
                    }
                }
            }
            return titles;
        });
    }

    @Override
    public Map<String, ArticleSummary> summaries(Collection<String> articleIds) {
        return read("read article summaries", s -> {
            Map<String, ArticleSummary> found = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(articleIds));
            for (int from = 0; from < ids.size(); from += 400) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
                try (PreparedStatement select = s.prepare("SELECT id, url, source, published, title, lang, event_count, "
                        + "quote_count FROM articles WHERE id IN (" + Sql.marks(chunk.size()) + ")")) {
                    s.bind(select, 1, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ArticleSummary summary = new ArticleSummary(s.text(rows, "id"), s.text(rows, "url"),
                                    s.text(rows, "source"), Session.date(rows, "published"), s.text(rows, "title"),
                                    s.text(rows, "lang"), rows.getInt("event_count"), rows.getInt("quote_count"));
                            found.put(summary.id(), summary);
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, Incident> incidentsOf(Collection<String> eventIds) {
        return read("read the incidents of events", s -> {
            // An event's incident is one of its component's: the one whose event ids hold it.
            Map<String, Incident> found = new java.util.HashMap<>();
            List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(eventIds));
            for (int from = 0; from < ids.size(); from += 400) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
                try (PreparedStatement select = s.prepare("SELECT " + IncidentRows.COLUMNS + " FROM incidents i "
                        + "WHERE i.component IN (SELECT c.component FROM events e JOIN components c "
                        + "ON c.event_row_id = e.row_id WHERE e.id IN (" + Sql.marks(chunk.size()) + "))")) {
                    s.bind(select, 1, chunk);
                    Set<String> wanted = Set.copyOf(chunk);
                    for (Incident incident : IncidentRows.incidents(IncidentRows.read(s, select))) {
                        for (String eventId : incident.eventIds()) {
                            if (wanted.contains(eventId)) {
                                found.put(eventId, incident);
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    // ---- lists ----

    @Override
    public Page<ArticleSummary> articles(Filter filter, String after, int limit) {
        checkLimit(limit);
        return read("list articles", s -> Lists.articles(s, filter, after, limit));
    }

    @Override
    public Page<Event> events(Filter filter, Set<String> conflict, String after, int limit) {
        checkLimit(limit);
        Set<String> pair = Conflict.check(conflict);
        return read("list events matching " + filter, s -> Lists.events(s, filter, pair, after, limit));
    }

    @Override
    public Page<Event> chronology(Filter filter, boolean latestFirst, String after, int limit) {
        checkLimit(limit);
        return read("list events in chronological order", s -> Lists.chronology(s, filter, latestFirst, after, limit));
    }

    @Override
    public Page<Quote> quotes(Filter filter, String after, int limit) {
        checkLimit(limit);
        return read("list quotes", s -> Lists.quotes(s, filter, after, limit));
    }

    @Override
    public Page<Incident> incidents(Filter filter, String after, int limit) {
        checkLimit(limit);
        return read("list incidents", s -> Lists.incidents(s, filter, false, Set.of(), after, limit));
    }

    @Override
    public Page<Incident> timeline(Filter filter, Set<String> involving, String after, int limit) {
        checkLimit(limit);
        Set<String> pair = Conflict.check(involving);
        return read("list the timeline", s -> Lists.incidents(s, filter, true, pair, after, limit));
    }

    @Override
    public Page<Contradiction> contradictions(Filter filter, String after, int limit) {
        checkLimit(limit);
        return read("list contradictions", s -> Lists.contradictions(s, filter, after, limit, null));
    }

    @Override
    public Page<ActorActivity> actors(Filter filter, String after, int limit) {
        checkLimit(limit);
        return read("list actors", s -> Summaries.actors(s, filter, after, limit));
    }

    @Override
    public Network network(Filter filter) {
        return read("draw the network", s -> Summaries.network(s, filter));
    }

    @Override
    public List<StanceKey> stanceKeys(Filter filter, StanceKey after, int limit) {
        checkLimit(limit);
        return read("list stance keys", s -> Stances.keys(s, filter, after, limit));
    }

    @Override
    public Map<StanceKey, Position> latestStances(List<StanceKey> keys, Filter filter, LocalDate asOf) {
        return read("read the latest stances", s -> Stances.latest(s, keys, filter, asOf));
    }

    @Override
    public List<Position> stances(StanceKey key, Filter filter) {
        return read("read the stances of " + key, s -> Stances.series(s, key, filter));
    }

    @Override
    public List<SkippedInput> skipped() {
        return read("read skipped inputs", s -> {
            try (PreparedStatement select = s.prepare("SELECT origin, reason, detail FROM skipped_inputs ORDER BY row_id");
                 ResultSet rows = select.executeQuery()) {
                List<SkippedInput> skipped = new ArrayList<>();
                while (rows.next()) {
                    skipped.add(new SkippedInput(s.text(rows, 1), s.text(rows, 2), s.text(rows, 3)));
                }
                return skipped;
            }
        });
    }

    @Override
    public List<Syndication> syndications() {
        return read("read syndicated copies", s -> {
            try (PreparedStatement select = s.prepare("SELECT article_id, copy_id, origin, url, source, similarity, kind "
                    + "FROM syndications ORDER BY recorded_order");
                 ResultSet rows = select.executeQuery()) {
                List<Syndication> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(new Syndication(s.text(rows, 1), s.text(rows, 2), s.text(rows, 3), s.text(rows, 4),
                            s.text(rows, 5), rows.getDouble(6), Syndication.Kind.of(rows.getString(7))));
                }
                return found;
            }
        });
    }

    @Override
    public WorkspaceSummary summary() {
        return read("count the contents", Summaries::summary);
    }

    @Override
    public void forEachCoded(long afterOrder, Consumer<StoredArticle> action) {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        long from = afterOrder;
        while (true) {
            long start = from;
            List<StoredArticle> batch = read("read articles", s -> codedBatch(s, start, 200));
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            from = batch.get(batch.size() - 1).order();
        }
    }

    static List<StoredArticle> codedBatch(Session s, long after, int count) throws SQLException {
        List<Article> articles = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        try (PreparedStatement select = s.prepare("SELECT id, url, source, published, title, text, lang, origin, "
                + "furniture, stored_order FROM articles WHERE stored_order > ? ORDER BY stored_order" + Sql.fetch(count))) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(article(s, rows));
                    orders.add(rows.getLong("stored_order"));
                }
            }
        }
        if (articles.isEmpty()) {
            return List.of();
        }
        long first = orders.get(0);
        long last = orders.get(orders.size() - 1);
        Map<String, List<Event>> events = new java.util.HashMap<>();
        try (PreparedStatement select = s.prepare("SELECT " + EventRows.COLUMNS + ", e.article_id FROM events e "
                + "WHERE e.article_order BETWEEN ? AND ? ORDER BY e.article_order, e.seq")) {
            select.setLong(1, first);
            select.setLong(2, last);
            for (EventRows.Row row : EventRows.read(s, select)) {
                events.computeIfAbsent(String.valueOf(row.articleOrder()), key -> new ArrayList<>()).add(row.event());
            }
        }
        Map<String, List<Quote>> quotes = new java.util.HashMap<>();
        try (PreparedStatement select = s.prepare("SELECT q.doc, q.speaker, q.speaker_code, q.text, q.date_iso, "
                + "q.start_offset, q.end_offset, q.article_order FROM quotes q WHERE q.article_order BETWEEN ? AND ? "
                + "ORDER BY q.article_order, q.seq")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    quotes.computeIfAbsent(String.valueOf(rows.getLong("article_order")), key -> new ArrayList<>())
                            .add(Lists.quote(s, rows));
                }
            }
        }
        List<StoredArticle> batch = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String key = String.valueOf(orders.get(i));
            batch.add(new StoredArticle(new CodedArticle(articles.get(i), events.getOrDefault(key, List.of()),
                    quotes.getOrDefault(key, List.of())), orders.get(i)));
        }
        return batch;
    }

    /**
     * Closes the pool (and with it an embedded database, compacting its file when it is mostly
     * space left by rewritten pages); later calls throw {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (h2File()) {
                shutDown(grown());
            }
            pool.close();
        }
    }

    /**
     * Closes the embedded database on one of the pool's connections, so that it is closed (and
     * compacted) when {@link #close()} returns. Left to the pool, the database would be closed by
     * HikariCP's closer thread, which stops waiting for it after 10 s: a long close went on in the
     * background, a process that exited then cut it short, and the next open found the file in use.
     */
    private void shutDown(boolean compact) {
        Connection connection = null;
        try {
            connection = pool.getConnection();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException e) {
            // Every commit is in the file already; the pool's close closes the database anyway.
            System.getLogger(JdbcEventStore.class.getName()).log(System.Logger.Level.WARNING,
                    "could not " + (compact ? "compact and close " : "close ") + where + ": " + e.getMessage());
        } finally {
            if (connection != null) {
                // Dropped from the pool, not returned to it: its database is closed.
                pool.evictConnection(connection);
            }
        }
    }

    /** Whether the H2 file grew enough while open to be worth compacting. */
    private boolean grown() {
        long size = fileSize();
        return size - openedSize > COMPACT_ABOVE_BYTES && size > openedSize * COMPACT_AFTER_GROWTH;
    }

    /** The H2 file's size as H2 reports it, 0 when it cannot tell. */
    private long fileSize() {
        try (Connection connection = pool.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT SETTING_VALUE FROM "
                     + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_SIZE'");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Long.parseLong(rows.getString(1).trim()) : 0;
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }

    /** Where the workspace is, for messages ("the workspace /path", "the workspace database jdbc:..."). */
    public String describe() {
        return where;
    }

    // ---- plumbing ----

    @FunctionalInterface
    interface Work<T> {
        T run(Session s) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        ensureOpen();
        try (Connection connection = pool.getConnection()) {
            return work.run(new Session(connection, dialect));
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e;
        }
    }

    /** Runs {@code work} in one transaction holding the write lock; rolls back on any failure. */
    private <T> T write(String what, Work<T> work) {
        ensureOpen();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Session s = new Session(connection, dialect);
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT name FROM write_lock WHERE name = 'workspace' FOR UPDATE");
                     ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        throw new SQLException("the write_lock row is missing");
                    }
                }
                T result = work.run(s);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new StoreException("cannot " + what + " in " + where + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(where + " is closed");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    private static Article article(Session s, ResultSet rows) throws SQLException {
        String id = s.text(rows, "id");
        List<Span> furniture;
        try {
            furniture = Json.mapper().readValue(s.text(rows, "furniture"), SPANS);
        } catch (JsonProcessingException e) {
            throw new SQLException("furniture of article " + id + " is not a JSON list of spans", e);
        }
        return new Article(id, s.text(rows, "url"), s.text(rows, "source"), Session.date(rows, "published"),
                s.text(rows, "title"), s.text(rows, "text"), s.text(rows, "lang"), s.text(rows, "origin"), furniture);
    }
}
