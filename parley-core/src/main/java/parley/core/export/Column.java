package parley.core.export;

import java.util.regex.Pattern;

/**
 * One column of an exported table.
 *
 * @param name        lower-case snake_case, as written in the files ({@code evidence_sentence})
 * @param type        what it holds
 * @param nullable    whether a row may hold null in it (list columns never do: they hold an empty list)
 * @param description one line for the reader of the data
 */
public record Column(String name, ColumnType type, boolean nullable, String description) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        if (name == null || !SNAKE_CASE.matcher(name).matches()) {
            throw new IllegalArgumentException("column name must be lower-case snake_case, got '" + name + "'");
        }
        if (type == null) {
            throw new IllegalArgumentException("column " + name + " needs a type");
        }
        if (nullable && type instanceof ColumnType.ListOf) {
            throw new IllegalArgumentException("list column " + name + " must not be nullable: it holds an empty list");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("column " + name + " needs a description");
        }
    }

    /** A column that may hold null. */
    static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }

    /** A column that never holds null. */
    static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }
}
