package parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.model.Event;
import parley.core.store.Page;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley events}: the coded events of the workspace, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List coded events, filtered.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    QueryOptions filters;

    @Override
    public Integer call() {
        var query = filters.query();
        try (JdbcEventStore store = workspace.openExisting()) {
            List<Event> events = Page.collect((after, limit) -> store.events(query, after, limit), filters.limit);
            Map<String, String> sources = AnalyzeCommand.sources(store, events);
            switch (filters.format) {
                case jsonl -> Output.jsonl(System.out, events);
                case csv -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    events.forEach(e -> rows.add(Output.flat(e, sources.get(e.doc()))));
                    Output.csv(System.out, rows, Output.EVENT_COLUMNS);
                }
                case table -> {
                    Table table = new Table("id", "date", "type", "who", "issues", "aux", "evidence");
                    for (Event e : events) {
                        table.row(e.id(), e.date(), e.type(), Reports.who(e), String.join(",", e.issues()),
                                e.aux() == null ? "" : e.aux().id(), Table.clip(e.evidence().sentence(), 70));
                    }
                    table.print(System.out);
                    System.out.printf("%d events%n", events.size());
                }
            }
        }
        return 0;
    }

    static <T> List<T> limit(List<T> rows, int limit) {
        return limit > 0 && rows.size() > limit ? rows.subList(0, limit) : rows;
    }
}
