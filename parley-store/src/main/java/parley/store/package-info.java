/**
 * The embedded workspace database: {@link parley.store.H2EventStore} keeps articles, their coded
 * events and quotes, and skipped inputs in an H2 file under the workspace's data folder, with the
 * schema migrated by Flyway ({@code db/migration/V*.sql}). It owns the SQL; nothing else in Parley
 * talks to the database.
 */
package parley.store;
