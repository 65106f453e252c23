package parley.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parley.core.json.Json;
import parley.model.Event;
import parley.model.Quote;

/**
 * Reads system output in the FORMAT.md layout ({@code events.jsonl}, {@code quotes.jsonl}) into
 * {@link Event}s and {@link Quote}s. Optional fields may be missing or null; a line that lacks
 * what the model requires (a type, at least one actor, evidence, a doc id; a quote's text) or is
 * not JSON is not thrown: it becomes a problem with its file and line number, and the other lines
 * are still read.
 */
public final class SystemOutputReader {
    /** File name of system events in an output directory. */
    public static final String EVENTS_FILE = "events.jsonl";
    /** File name of system quotes in an output directory. */
    public static final String QUOTES_FILE = "quotes.jsonl";

    /**
     * Reads {@code events.jsonl} and {@code quotes.jsonl} of {@code directory}. A missing events
     * file is a problem; a missing quotes file is not (a run may extract no quotes) but is noted.
     */
    public SystemOutput read(Path directory) {
        Path quotes = directory.resolve(QUOTES_FILE);
        List<String> notes = new ArrayList<>();
        if (!Files.exists(quotes)) {
            notes.add(quotes + ": no quotes file, scoring as if there were no quotes");
            quotes = null;
        }
        SystemOutput output = read(directory.resolve(EVENTS_FILE), quotes);
        notes.addAll(0, output.problems());
        return new SystemOutput(output.events(), output.quotes(), notes);
    }

    /**
     * Reads the given files.
     *
     * @param eventsFile events, one JSON object a line
     * @param quotesFile quotes, one JSON object a line, or null for none
     */
    public SystemOutput read(Path eventsFile, Path quotesFile) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Event>> events = readLines(eventsFile, Event.class, Event::doc, problems);
        Map<String, List<Quote>> quotes = quotesFile == null ? Map.of()
                : readLines(quotesFile, Quote.class, Quote::doc, problems);
        return new SystemOutput(events, quotes, problems);
    }

    private static <T> Map<String, List<T>> readLines(Path file, Class<T> type, Function<T, String> doc,
                                                       List<String> problems) {
        Map<String, List<T>> byDoc = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte-order mark some editors write
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    T value = Json.mapper().readValue(line, type);
                    String id = value == null ? null : doc.apply(value);
                    if (id == null || id.isBlank()) {
                        problems.add(file + " line " + number + ": doc is required");
                        continue;
                    }
                    byDoc.computeIfAbsent(id, key -> new ArrayList<>()).add(value);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    problems.add(file + " line " + number + ": " + reason(e));
                }
            }
        } catch (IOException e) {
            problems.add(file + ": cannot read: " + e.getMessage());
        }
        return byDoc;
    }

    /** The model's own message when a compact constructor refused the line, else Jackson's. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : String.valueOf(e.getMessage());
    }
}
