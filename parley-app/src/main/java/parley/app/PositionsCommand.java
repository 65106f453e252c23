package parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.store.JdbcEventStore;
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
        Filter query = filters.query();
        try (JdbcEventStore store = workspace.openExisting()) {
            List<Position> positions;
            if (history) {
                // Every stance, in the chronological order of its event.
                positions = PositionTracker.positions(TimelineCommand.chronological(store, query, true, 0)).stream()
                        .filter(p -> query.actors().isEmpty() || query.actors().contains(p.actor()))
                        .filter(p -> query.issues().isEmpty() || query.issues().contains(p.issue())).toList();
                positions = filters.limit > 0 && positions.size() > filters.limit
                        ? positions.subList(0, filters.limit) : positions;
            } else {
                positions = Page.collect((after, limit) -> PositionTracker.latest(store, query, null,
                        PositionTracker.keyAfter(after), limit), filters.limit);
            }
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
