package parley.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import parley.core.export.Table;
import parley.core.json.Json;

/** One JSON object a line: a table's rows ({@link #write}) or ready-made objects ({@link #writeObject}). */
final class JsonLinesWriter implements RowWriter {
    private static final ObjectWriter JSON = Json.mapper().writer();

    private final Table table;
    private final PartFile file;
    private final BufferedWriter out;
    private final boolean plover;
    private boolean finished;

    /** @param plover whether the objects written are PLOVER records ({@link #writeObject}) rather than rows */
    JsonLinesWriter(Table table, Path target, boolean plover) throws IOException {
        this.table = table;
        this.plover = plover;
        this.file = new PartFile(target);
        this.out = Files.newBufferedWriter(file.part(), StandardCharsets.UTF_8);
    }

    @Override
    public void write(List<Object> row) throws IOException {
        writeObject(Values.object(table, row));
    }

    boolean plover() {
        return plover;
    }

    void writeObject(Map<String, Object> object) throws IOException {
        out.write(JSON.writeValueAsString(object));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.close();
        file.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            out.close();
            file.discard();
        }
    }
}
