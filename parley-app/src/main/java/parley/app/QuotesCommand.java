package parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.model.Quote;
import parley.core.store.Page;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley quotes}: direct quotes with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Direct quotes with speaker and date (--actor filters by speaker code; quotes have no type or issue, "
                + "so --type and --issue leave none).")
final class QuotesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    QueryOptions filters;

    @Override
    public Integer call() {
        var query = filters.query();
        try (JdbcEventStore store = workspace.openExisting()) {
            List<Quote> quotes = Page.collect((after, limit) -> store.quotes(query, after, limit), filters.limit);
            switch (filters.format) {
                case jsonl -> Output.jsonl(System.out, quotes);
                case csv -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    quotes.forEach(q -> rows.add(Output.flat(q)));
                    Output.csv(System.out, rows, Output.QUOTE_COLUMNS);
                }
                case table -> {
                    Table table = new Table("date", "speaker", "code", "doc", "quote");
                    for (Quote q : quotes) {
                        table.row(q.date(), q.speaker(), q.speakerCode(), q.doc(), Table.clip(q.text(), 90));
                    }
                    table.print(System.out);
                    System.out.printf("%d quotes%n", quotes.size());
                }
            }
        }
        return 0;
    }
}
