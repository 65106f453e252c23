package parley.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.model.Event;
import parley.model.Quote;

/**
 * System output as read from {@code events.jsonl} and {@code quotes.jsonl}, grouped by doc id in
 * file order, with the lines that could not be read.
 *
 * @param events   events per doc id
 * @param quotes   quotes per doc id
 * @param problems one message per unreadable line or file ({@code events.jsonl line 12: ...})
 */
public record SystemOutput(Map<String, List<Event>> events, Map<String, List<Quote>> quotes, List<String> problems) {
    public SystemOutput {
        events = copy(events);
        quotes = copy(quotes);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> byDoc) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        if (byDoc != null) {
            byDoc.forEach((doc, items) -> copy.put(doc, List.copyOf(items)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
