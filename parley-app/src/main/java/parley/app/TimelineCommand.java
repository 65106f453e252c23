package parley.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.time.IsoDates;
import parley.model.Event;
import parley.store.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley timeline}: events in the order they happened, each with its source. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events in chronological order of their event date, with the source article of each.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    QueryOptions filters;

    @Option(names = "--undated", description = "Also list undated events, at the end.")
    boolean undated;

    @Override
    public Integer call() {
        var query = filters.query();
        try (H2EventStore store = workspace.openExisting()) {
            List<Event> events = EventsCommand.limit(chronological(store.events(query), undated), filters.limit);
            Map<String, String> sources = Sources.of(store);
            switch (filters.format) {
                case jsonl -> Output.jsonl(System.out, events);
                case csv -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    events.forEach(e -> rows.add(Output.flat(e, sources.get(e.doc()))));
                    Output.csv(System.out, rows, Output.EVENT_COLUMNS);
                }
                case table -> Reports.timeline(System.out, events, sources, 90);
            }
        }
        return 0;
    }

    /**
     * Asserted events (not hypothetical or negated) by the first day their date covers (stable),
     * then undated ones if asked.
     */
    static List<Event> chronological(List<Event> events, boolean withUndated) {
        List<Event> dated = new ArrayList<>();
        List<Event> rest = new ArrayList<>();
        for (Event event : events) {
            if (!event.asserted()) {
                continue; // hypothetical and negated acts did not happen
            }
            (IsoDates.firstDay(event.date()) != null ? dated : rest).add(event);
        }
        dated.sort(Comparator.comparing((Event e) -> IsoDates.firstDay(e.date())));
        if (withUndated) {
            dated.addAll(rest);
        }
        return dated;
    }
}
