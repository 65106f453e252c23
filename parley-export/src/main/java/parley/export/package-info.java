/**
 * Exports of the workspace for notebooks, spreadsheets and other event data: the tables of
 * {@link parley.core.export} (events, incidents, quotes, positions) written as CSV, JSON Lines or
 * Parquet (through DuckDB), and the events as PLOVER-JSON. {@link parley.export.WorkspaceExport}
 * is the front door; the command line ({@code parley export}) and the server's export buttons use it.
 */
package parley.export;
