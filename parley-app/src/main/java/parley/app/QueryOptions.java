package parley.app;

import parley.core.store.Filter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Filters, limit and output format shared by the query commands. */
final class QueryOptions {
    enum Format { table, jsonl, csv }

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (0 = all, default).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), jsonl or csv.")
    Format format = Format.table;

    Filter query() {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be >= 0, got " + limit);
        }
        return filters.filter();
    }
}
