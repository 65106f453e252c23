/**
 * The embedded workspace database: {@link parley.store.H2EventStore} keeps articles, their coded
 * events and quotes, syndicated copies ({@link parley.store.Syndication}) and skipped inputs in an H2 file under the workspace's data folder, with the
 * schema migrated by Flyway ({@code db/migration/V*.sql}). It owns the SQL; nothing else in Parley
 * talks to the database.
 *
 * <p>Dependencies: H2 2.3.232 embedded, Flyway 11.14.1. Flyway 11 still ships its H2 support in
 * {@code flyway-core} (no {@code flyway-database-h2} module exists or is needed), and 2.3.232 is
 * the newest H2 that this Flyway release was tested with; a newer H2 only makes Flyway log an
 * "upgrade Flyway" recommendation.
 *
 * <p>Folder layout: {@code <dataDir>/parley.mv.db} is the whole database (H2 may add
 * {@code parley.trace.db} after an internal error). The schema is in
 * {@code src/main/resources/db/migration}, and Flyway's own table {@code flyway_schema_history}
 * records the applied versions.
 */
package parley.store;
