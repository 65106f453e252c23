package parley.export;

import java.util.Arrays;
import java.util.Locale;
import parley.core.export.Table;

/** The file formats of an export, by the name the command line and the API take. */
public enum ExportFormat {
    /** Comma-separated values with a header; lists and structs as JSON text. */
    CSV("csv", "csv"),
    /** One JSON object a line, with the table's columns. */
    JSONL("jsonl", "jsonl"),
    /** Apache Parquet with typed columns (DATE, INTEGER, DOUBLE, BOOLEAN, lists, structs), written by DuckDB. */
    PARQUET("parquet", "parquet"),
    /** The events as PLOVER records, one JSON object a line; the other tables have no PLOVER form. */
    PLOVER_JSON("plover-json", "plover.jsonl");

    private final String id;
    private final String extension;

    ExportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    /** The name users give: {@code csv}, {@code jsonl}, {@code parquet}, {@code plover-json}. */
    public String id() {
        return id;
    }

    /** The file a table is written to: {@code events.parquet}, {@code events.plover.jsonl}. */
    public String fileName(Table table) {
        return table.name() + "." + extension;
    }

    /** Whether the format writes this table. */
    public boolean writes(String table) {
        return this != PLOVER_JSON || table.equals("events");
    }

    /**
     * The format of a name.
     *
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static ExportFormat of(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "', expected one of "
                + Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}
