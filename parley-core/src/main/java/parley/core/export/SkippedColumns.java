package parley.core.export;

import static parley.core.export.Column.optional;
import static parley.core.export.Column.required;
import static parley.core.export.ColumnType.STRING;

import java.util.List;
import parley.model.SkippedInput;

/**
 * The skipped-inputs table: one row per input that was not coded, with its reason. Columns:
 * {@code origin} (file, {@code file#line} or {@code file#record-N}), {@code reason} (short, for
 * grouping: {@code bad-json}, {@code language}, {@code coding-failed}...), {@code detail}. Not
 * partitioned.
 */
public final class SkippedColumns {
    /** The table. */
    public static final Table TABLE = new Table("skipped", List.of(
            required("origin", STRING, "the input: file, file#line or file#record-N"),
            required("reason", STRING, "short reason: not-found, bad-json, language, coding-failed ..."),
            optional("detail", STRING, "a sentence a person can act on")),
            List.of());

    private SkippedColumns() {
    }

    /** The row of {@code skipped}. */
    public static List<Object> row(SkippedInput skipped) {
        return Rows.of(skipped.origin(), skipped.reason(), skipped.detail());
    }

    /** The skipped input a row holds: the inverse of {@link #row}. */
    public static SkippedInput skipped(List<Object> row) {
        TABLE.check(row);
        return new SkippedInput((String) row.get(0), (String) row.get(1), (String) row.get(2));
    }
}
