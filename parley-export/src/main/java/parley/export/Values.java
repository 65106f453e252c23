package parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.export.Column;
import parley.core.export.ColumnType;
import parley.core.export.Table;

/** Row values as JSON-ready Java values: structs become objects with their field names. */
final class Values {
    private Values() {
    }

    /** The row as an ordered map of column name to JSON-ready value. */
    static Map<String, Object> object(Table table, List<Object> row) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            object.put(column.name(), json(column.type(), row.get(i)));
        }
        return object;
    }

    /** A value as JSON-ready Java: lists as lists, structs as maps; scalars unchanged. */
    static Object json(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case ColumnType.Scalar scalar -> value;
            case ColumnType.ListOf list -> {
                List<Object> out = new ArrayList<>();
                for (Object element : (List<?>) value) {
                    out.add(json(list.element(), element));
                }
                yield out;
            }
            case ColumnType.StructOf struct -> {
                Map<String, Object> out = new LinkedHashMap<>();
                List<?> fields = (List<?>) value;
                for (int i = 0; i < struct.fields().size(); i++) {
                    out.put(struct.fields().get(i).name(), json(struct.fields().get(i).type(), fields.get(i)));
                }
                yield out;
            }
        };
    }
}
