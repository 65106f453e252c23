package parley.core.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An exported table: its name, its columns in file order, and the columns a partitioned export
 * splits its files by ({@code month} for events: {@code events/month=2025-05/part-....parquet}).
 * A row of the table is a {@code List<Object>} of the columns' values in column order (see
 * {@link ColumnType} for the Java value of each type); {@link #check} says whether a row fits.
 *
 * @param name             the table's name, also the folder it is written to ({@code events})
 * @param columns          in the order they are written
 * @param partitionColumns columns of the table that partitioned files are split by, in order
 */
public record Table(String name, List<Column> columns, List<String> partitionColumns) {
    public Table {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("table name must be non-blank, got '" + name + "'");
        }
        columns = List.copyOf(columns);
        partitionColumns = List.copyOf(partitionColumns);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        for (String partition : partitionColumns) {
            if (!names.contains(partition)) {
                throw new IllegalArgumentException("table " + name + " has no partition column " + partition);
            }
        }
    }

    /** The column names in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The position of a column.
     *
     * @throws IllegalArgumentException when the table has no such column
     */
    public int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column '" + column + "', only " + names());
    }

    /**
     * Checks that {@code row} fits the table: one value per column, of the column's type, null only
     * where the column is nullable.
     *
     * @return the row
     * @throws IllegalArgumentException naming the first column whose value does not fit
     */
    public List<Object> check(List<Object> row) {
        if (row == null || row.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + name + " needs " + columns.size() + " values, got "
                    + (row == null ? null : row.size()));
        }
        for (int i = 0; i < columns.size(); i++) {
            check(name + "." + columns.get(i).name(), columns.get(i), row.get(i));
        }
        return row;
    }

    private static void check(String where, Column column, Object value) {
        if (value == null) {
            if (!column.nullable()) {
                throw new IllegalArgumentException(where + " must not be null");
            }
            return;
        }
        check(where, column.type(), value);
    }

    private static void check(String where, ColumnType type, Object value) {
        switch (type) {
            case ColumnType.Scalar scalar -> {
                Class<?> expected = switch (scalar.kind()) {
                    case STRING -> String.class;
                    case INT -> Integer.class;
                    case DOUBLE -> Double.class;
                    case BOOLEAN -> Boolean.class;
                    case DATE -> LocalDate.class;
                };
                if (!expected.isInstance(value)) {
                    throw new IllegalArgumentException(where + " must be a " + expected.getSimpleName() + ", got "
                            + value.getClass().getSimpleName() + " " + value);
                }
            }
            case ColumnType.ListOf list -> {
                if (!(value instanceof List<?> values)) {
                    throw new IllegalArgumentException(where + " must be a list, got " + value.getClass().getSimpleName());
                }
                for (Object element : values) {
                    if (element == null) {
                        throw new IllegalArgumentException(where + " must not hold null elements");
                    }
                    check(where + "[]", list.element(), element);
                }
            }
            case ColumnType.StructOf struct -> {
                if (!(value instanceof List<?> fields) || fields.size() != struct.fields().size()) {
                    throw new IllegalArgumentException(where + " must be a list of " + struct.fields().size()
                            + " field values, got " + value);
                }
                for (int i = 0; i < fields.size(); i++) {
                    check(where + "." + struct.fields().get(i).name(), struct.fields().get(i), fields.get(i));
                }
            }
        }
    }
}
