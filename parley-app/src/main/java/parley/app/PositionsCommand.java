package parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.store.EventQuery;
import parley.store.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley positions}: the latest stance of each actor on each issue, with its evidence. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = "Actor x issue: the latest stance (for / against / conditional) with the evidence date.")
final class PositionsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    QueryOptions filters;

    @Option(names = "--history", description = "Every stance over time, not only the latest.")
    boolean history;

    @Override
    public Integer call() {
        EventQuery query = filters.query();
        try (H2EventStore store = workspace.openExisting()) {
            var events = TimelineCommand.chronological(store.events(query), true);
            List<Position> positions = history ? PositionTracker.positions(events) : PositionTracker.latest(events);
            if (!query.issues().isEmpty()) {
                positions = positions.stream().filter(p -> query.issues().contains(p.issue())).toList();
            }
            positions = EventsCommand.limit(positions, filters.limit);
            switch (filters.format) {
                case jsonl -> Output.jsonl(System.out, positions);
                case csv -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    positions.forEach(p -> rows.add(Output.flat(p)));
                    Output.csv(System.out, rows, Output.POSITION_COLUMNS);
                }
                case table -> Reports.positions(System.out, positions);
            }
        }
        return 0;
    }
}
