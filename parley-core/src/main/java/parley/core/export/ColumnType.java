package parley.core.export;

import java.util.List;

/**
 * The type of a column of an exported table, independent of any file format or library: each
 * writer (the Spark job, {@code parley export}) maps it to its own types. The Java values a row
 * holds for each type are fixed:
 *
 * <table>
 *   <caption>Column types and row values</caption>
 *   <tr><th>type</th><th>Java value in a row</th><th>Parquet / Spark / DuckDB</th></tr>
 *   <tr><td>{@link #STRING}</td><td>{@link String}</td><td>BINARY (UTF8) / StringType / VARCHAR</td></tr>
 *   <tr><td>{@link #INT}</td><td>{@link Integer}</td><td>INT32 / IntegerType / INTEGER</td></tr>
 *   <tr><td>{@link #DOUBLE}</td><td>{@link Double}</td><td>DOUBLE / DoubleType / DOUBLE</td></tr>
 *   <tr><td>{@link #BOOLEAN}</td><td>{@link Boolean}</td><td>BOOLEAN / BooleanType / BOOLEAN</td></tr>
 *   <tr><td>{@link #DATE}</td><td>{@link java.time.LocalDate}</td><td>INT32 (DATE) / DateType / DATE</td></tr>
 *   <tr><td>{@link ListOf}</td><td>{@link List} of the element's values</td><td>LIST / ArrayType / T[]</td></tr>
 *   <tr><td>{@link StructOf}</td><td>{@link List} of the fields' values, in field order</td><td>group / StructType / STRUCT</td></tr>
 * </table>
 */
public sealed interface ColumnType permits ColumnType.Scalar, ColumnType.ListOf, ColumnType.StructOf {
    /** Text. */
    Scalar STRING = new Scalar(Kind.STRING);
    /** A 32-bit integer (character offsets, counts). */
    Scalar INT = new Scalar(Kind.INT);
    /** A double (confidence). */
    Scalar DOUBLE = new Scalar(Kind.DOUBLE);
    /** True or false. */
    Scalar BOOLEAN = new Scalar(Kind.BOOLEAN);
    /** A calendar day without time zone. */
    Scalar DATE = new Scalar(Kind.DATE);

    /** A list of {@code element}. */
    static ListOf listOf(ColumnType element) {
        return new ListOf(element);
    }

    /** The scalar kinds. */
    enum Kind { STRING, INT, DOUBLE, BOOLEAN, DATE }

    /** A single value of one kind. */
    record Scalar(Kind kind) implements ColumnType {
        public Scalar {
            if (kind == null) {
                throw new IllegalArgumentException("scalar kind is required, got null");
            }
        }
    }

    /** A list of values of one type; the list itself is never null in a row (it may be empty). */
    record ListOf(ColumnType element) implements ColumnType {
        public ListOf {
            if (element == null) {
                throw new IllegalArgumentException("list element type is required, got null");
            }
        }
    }

    /** A fixed set of named fields, held in a row as the list of their values in field order. */
    record StructOf(List<Column> fields) implements ColumnType {
        public StructOf {
            if (fields == null || fields.isEmpty()) {
                throw new IllegalArgumentException("a struct needs at least one field, got " + fields);
            }
            fields = List.copyOf(fields);
        }
    }
}
