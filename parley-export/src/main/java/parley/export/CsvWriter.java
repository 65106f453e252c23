package parley.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parley.core.export.Column;
import parley.core.export.ColumnType;
import parley.core.export.Table;
import parley.core.json.Json;

/**
 * CSV with a header row of the column names (RFC 4180 quoting). Scalars are written as text (days
 * as {@code 2025-05-21}, booleans as {@code true}/{@code false}, null as an empty field); a list
 * or struct column holds its value as JSON text ({@code ["ceasefire","prisoners"]}), and the
 * {@code _text} columns hold the same actors joined for a spreadsheet.
 */
final class CsvWriter implements RowWriter {
    private static final CsvMapper CSV = new CsvMapper();

    private final Table table;
    private final PartFile file;
    private final BufferedWriter out;
    private final SequenceWriter rows;
    private boolean finished;

    CsvWriter(Table table, Path target) throws IOException {
        this.table = table;
        this.file = new PartFile(target);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(column -> schema.addColumn(column.name()));
        this.out = Files.newBufferedWriter(file.part(), StandardCharsets.UTF_8);
        this.rows = CSV.writer(schema.build()).writeValues(out);
    }

    @Override
    public void write(List<Object> row) throws IOException {
        List<Object> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(cell(table.columns().get(i), row.get(i)));
        }
        rows.write(cells);
    }

    private static Object cell(Column column, Object value) throws IOException {
        if (value == null) {
            // Jackson's CSV writer drops a null element of a row (the later cells move left), so
            // null goes out as the empty field itself.
            return "";
        }
        if (column.type() instanceof ColumnType.Scalar) {
            return value.toString();
        }
        return Json.mapper().writeValueAsString(Values.json(column.type(), value));
    }

    @Override
    public void finish() throws IOException {
        rows.close();
        file.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            rows.close();
            file.discard();
        }
    }
}
