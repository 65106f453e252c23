package parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.time.IsoDates;
import parley.model.Event;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.store.JdbcEventStore;
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
        try (JdbcEventStore store = workspace.openExisting()) {
            List<Event> events = chronological(store, query, undated, filters.limit);
            Map<String, String> sources = AnalyzeCommand.sources(store, events);
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
     * Asserted events (not hypothetical or negated: they did not happen) passing the filter, by the
     * first day their date covers (then stored order), then undated ones if asked; at most
     * {@code limit} (0 for all).
     */
    static List<Event> chronological(EventStore store, Filter filter, boolean withUndated, int limit) {
        List<Event> found = new ArrayList<>();
        String after = null;
        do {
            Page<Event> page = store.chronology(filter, false, after, 500);
            page.items().stream().filter(Event::asserted).forEach(found::add);
            after = page.next();
        } while (after != null && (limit == 0 || found.size() < limit));
        if (withUndated && (limit == 0 || found.size() < limit)) {
            after = null;
            do {
                Page<Event> page = store.events(filter, after, 500);
                page.items().stream().filter(Event::asserted).filter(event -> IsoDates.firstDay(event.date()) == null)
                        .forEach(found::add);
                after = page.next();
            } while (after != null && (limit == 0 || found.size() < limit));
        }
        return limit > 0 && found.size() > limit ? found.subList(0, limit) : found;
    }
}
