/**
 * The tables Parley exports, defined once for every writer: the Spark job ({@code parley-spark})
 * and {@code parley export} write the same columns. A {@link parley.core.export.Table} lists its
 * {@link parley.core.export.Column}s (name, {@link parley.core.export.ColumnType}, nullability,
 * description) and the columns its files are partitioned by; {@link
 * parley.core.export.EventColumns}, {@link parley.core.export.QuoteColumns}, {@link
 * parley.core.export.SkippedColumns} and {@link parley.core.export.IncidentColumns} each hold a
 * table and the mapping from a model record to a row (a {@code List<Object>} in column order).
 * Nothing here depends on a file format: each writer maps the column types to its own.
 *
 * <p>Conventions: lower-case snake_case names; a date is written three ways, as a DATE column
 * that is set only when the value names a day, as its ISO text ({@code date_iso}) and as its
 * precision ({@code date_precision}); lists are never null (empty instead); single composite
 * values (evidence, location, provenance) are flattened with their name as prefix; the partition
 * column {@code month} is {@code YYYY-MM} or {@code unknown}.
 */
package parley.core.export;
