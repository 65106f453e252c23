package parley.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import parley.core.export.Column;
import parley.core.export.ColumnType;
import parley.core.export.Table;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The export tables of {@code parley.core.export} in Spark's terms: a {@link Table} becomes a
 * {@link StructType} with the same column names, order and nullability, and a row (a
 * {@code List<Object>}) becomes a Spark {@link Row} (lists as Scala sequences) and back. DATE values are {@link LocalDate}
 * (the session runs with {@code spark.sql.datetime.java8API.enabled}); a {@link Date} read back
 * from a session without it is accepted too.
 */
final class SparkTables {
    private SparkTables() {
    }

    /** The Spark schema of {@code table}. */
    static StructType schema(Table table) {
        return struct(table.columns());
    }

    private static StructType struct(List<Column> columns) {
        List<StructField> fields = new ArrayList<>(columns.size());
        for (Column column : columns) {
            fields.add(DataTypes.createStructField(column.name(), type(column.type()), column.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(ColumnType type) {
        return switch (type) {
            case ColumnType.Scalar scalar -> switch (scalar.kind()) {
                case STRING -> DataTypes.StringType;
                case INT -> DataTypes.IntegerType;
                case DOUBLE -> DataTypes.DoubleType;
                case BOOLEAN -> DataTypes.BooleanType;
                case DATE -> DataTypes.DateType;
            };
            // Elements are never null: lists hold values only.
            case ColumnType.ListOf list -> DataTypes.createArrayType(type(list.element()), false);
            case ColumnType.StructOf struct -> struct(struct.fields());
        };
    }

    /** The Spark row of a table row (checked against the table first). */
    static Row row(Table table, List<Object> values) {
        table.check(values);
        return struct(table.columns(), values);
    }

    private static Row struct(List<Column> columns, List<?> values) {
        Object[] fields = new Object[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = toSpark(columns.get(i).type(), values.get(i));
        }
        return RowFactory.create(fields);
    }

    private static Object toSpark(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case ColumnType.Scalar scalar -> value;
            case ColumnType.ListOf list -> {
                List<Object> elements = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    elements.add(toSpark(list.element(), element));
                }
                // Spark's row encoder takes arrays as Scala sequences.
                yield CollectionConverters.asScala(elements).toSeq();
            }
            case ColumnType.StructOf struct -> struct(struct.fields(), (List<?>) value);
        };
    }

    /** The table row of a Spark row with {@code table}'s columns (by name, so any column order will do). */
    static List<Object> values(Table table, Row row) {
        List<Object> values = new ArrayList<>(table.columns().size());
        for (Column column : table.columns()) {
            values.add(fromSpark(column.type(), row.get(row.fieldIndex(column.name()))));
        }
        return values;
    }

    private static Object fromSpark(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case ColumnType.Scalar scalar -> value instanceof Date date ? date.toLocalDate() : value;
            case ColumnType.ListOf list -> {
                List<Object> elements = new ArrayList<>();
                for (Object element : asList(value)) {
                    elements.add(fromSpark(list.element(), element));
                }
                yield elements;
            }
            case ColumnType.StructOf struct -> {
                Row fields = (Row) value;
                List<Object> values = new ArrayList<>(struct.fields().size());
                for (Column field : struct.fields()) {
                    values.add(fromSpark(field.type(), fields.get(fields.fieldIndex(field.name()))));
                }
                yield values;
            }
        };
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return CollectionConverters.asJava(seq);
        }
        throw new IllegalArgumentException("expected a list or a Scala Seq, got " + value.getClass().getName());
    }
}
