package parley.app;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import parley.core.json.Json;
import parley.core.positions.Position;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.Quote;

/** Machine-readable output: JSON Lines of the records, or CSV of flattened rows. */
final class Output {
    private static final CsvMapper CSV = new CsvMapper();

    private Output() {
    }

    static void jsonl(PrintStream out, List<?> records) {
        ObjectWriter writer = Json.mapper().writer();
        try {
            for (Object record : records) {
                out.println(writer.writeValueAsString(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void csv(PrintStream out, List<Map<String, Object>> rows, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            out.print(CSV.writer(schema.build()).writeValueAsString(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> EVENT_COLUMNS = List.of("id", "doc", "date", "type", "mode", "actor", "actor_names",
            "recipient", "issues", "aux", "date_text", "location", "evidence", "evidence_start", "evidence_end",
            "confidence", "rule", "source");

    static Map<String, Object> flat(Event event, String source) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", event.id());
        row.put("doc", event.doc());
        row.put("date", event.date());
        row.put("type", event.type().name());
        row.put("mode", event.mode());
        row.put("actor", Reports.codes(event.actor()));
        row.put("actor_names", event.actor().stream().map(a -> a.name() == null ? a.text() : a.name())
                .collect(Collectors.joining("; ")));
        row.put("recipient", event.recipient().stream().map(ActorRef::code).collect(Collectors.joining(",")));
        row.put("issues", String.join(",", event.issues()));
        row.put("aux", event.aux() == null ? null : event.aux().id());
        row.put("date_text", event.dateText());
        row.put("location", event.location() == null ? null : event.location().text());
        row.put("evidence", event.evidence().sentence());
        row.put("evidence_start", event.evidence().start());
        row.put("evidence_end", event.evidence().end());
        row.put("confidence", event.confidence());
        row.put("rule", event.provenance() == null ? null : event.provenance().rule());
        row.put("source", source);
        return row;
    }

    static final List<String> QUOTE_COLUMNS = List.of("doc", "speaker", "speaker_code", "date", "text", "start", "end");

    static Map<String, Object> flat(Quote quote) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("doc", quote.doc());
        row.put("speaker", quote.speaker());
        row.put("speaker_code", quote.speakerCode());
        row.put("date", quote.date());
        row.put("text", quote.text());
        row.put("start", quote.start());
        row.put("end", quote.end());
        return row;
    }

    static final List<String> POSITION_COLUMNS = List.of("actor", "issue", "stance", "date", "event_id", "doc", "evidence");

    static Map<String, Object> flat(Position position) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("actor", position.actor());
        row.put("issue", position.issue());
        row.put("stance", position.stance().id());
        row.put("date", position.date());
        row.put("event_id", position.eventId());
        row.put("doc", position.doc());
        row.put("evidence", position.evidence());
        return row;
    }
}
