package parley.core.export;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Rows and struct values: unmodifiable lists that may hold nulls. */
final class Rows {
    private Rows() {
    }

    static List<Object> of(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }
}
