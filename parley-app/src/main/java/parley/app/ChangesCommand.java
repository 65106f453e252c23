package parley.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.corroboration.Incident;
import parley.core.positions.PositionChange;
import parley.core.positions.StanceChanges;
import parley.core.positions.StancePoint;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parley changes}: what changed. Each change of an actor's stance on an issue, in order:
 * from which stance to which, when, the incident that shows the new stance with its evidence
 * sentence and the outlets that report it ({@link StanceChanges}).
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Changes of stance (for / against / conditional) per actor and issue, in order: from -> to, date, "
                + "incident, evidence sentence, outlets. --since/--until keep changes whose new stance falls in them.")
final class ChangesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    QueryOptions options;

    static final List<String> COLUMNS = List.of("actor", "issue", "from", "from_date", "from_event", "to", "to_date",
            "to_event", "incident", "outlets", "evidence");

    @Override
    public Integer call() {
        Filter filter = options.query();
        if (!filter.types().isEmpty()) {
            throw new IllegalArgumentException("--type: a change is from one type of act to another; filter by --actor, "
                    + "--issue, --since and --until");
        }
        try (JdbcEventStore store = workspace.openExisting()) {
            List<PositionChange> changes = Page.collect((after, limit) -> StanceChanges.page(store, filter, after, limit),
                    options.limit);
            List<String> eventIds = changes.stream().map(change -> change.change().to().id()).toList();
            Map<String, Incident> incidents = store.incidentsOf(eventIds);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PositionChange change : changes) {
                rows.add(row(change, incidents.get(change.change().to().id())));
            }
            switch (options.format) {
                case jsonl -> Output.jsonl(System.out, rows);
                case csv -> Output.csv(System.out, rows, COLUMNS);
                case table -> {
                    Table table = new Table("actor", "issue", "from", "to", "date", "incident", "outlets", "evidence");
                    for (Map<String, Object> row : rows) {
                        table.row(row.get("actor"), row.get("issue"), row.get("from") + " (" + row.get("from_date") + ")",
                                row.get("to"), row.get("to_date"), row.get("incident"), row.get("outlets"),
                                Table.clip((String) row.get("evidence"), 80));
                    }
                    table.print(System.out);
                    System.out.printf("%d changes of stance%n", rows.size());
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> row(PositionChange change, Incident incident) {
        StancePoint from = change.change().from();
        StancePoint to = change.change().to();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("actor", change.key().actor());
        row.put("issue", change.key().issue());
        row.put("from", from.stance().id());
        row.put("from_date", from.date());
        row.put("from_event", from.id());
        row.put("to", to.stance().id());
        row.put("to_date", to.date());
        row.put("to_event", to.id());
        row.put("incident", incident == null ? null : incident.id());
        row.put("outlets", incident == null ? null : String.join(", ", incident.outlets()));
        row.put("evidence", to.evidence());
        return row;
    }
}
