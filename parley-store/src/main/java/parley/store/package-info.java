/**
 * The workspace database: {@link parley.store.JdbcEventStore} keeps articles, their coded events
 * and quotes, and everything derived from them (incidents, contradictions, stances, counts) in an
 * embedded H2 file under the workspace's data folder, or on a PostgreSQL server shared by a team,
 * with one schema migrated by Flyway ({@code db/migration/V*.sql}, and the Java migrations
 * {@code DerivedDataMigration}, which fills the derived tables of an older workspace, and
 * {@code IncidentTopicsMigration}, which adds the actor-and-issue walk of the incidents). It owns the
 * SQL; nothing else in Parley talks to the database.
 *
 * <p>The SQL is written once for both databases; {@code Dialect} holds what differs (PostgreSQL
 * text cannot hold U+0000 or lone surrogates, which are escaped so that every string reads back
 * exactly). Reads run on a HikariCP pool; saves are serialised by a row lock ({@code write_lock}),
 * so several processes may write to one PostgreSQL workspace at once.
 *
 * <p>Dependencies: H2 2.3.232 embedded, PostgreSQL JDBC 42.7.8, Flyway 11.14.1 (with
 * {@code flyway-database-postgresql}), HikariCP 7.1.0. Flyway 11 still ships its H2 support in
 * {@code flyway-core}, and 2.3.232 is the newest H2 that this Flyway release was tested with.
 *
 * <p>Folder layout (embedded): {@code <dataDir>/parley.mv.db} is the whole database (H2 may add
 * {@code parley.trace.db} after an internal error). Flyway's own table {@code flyway_schema_history}
 * records the applied versions.
 */
package parley.store;
