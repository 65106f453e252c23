package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parley.export.ExportFormat;
import parley.export.Selection;
import parley.export.TableFile;
import parley.export.WorkspaceExport;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley export}: the workspace's events, incidents, quotes and positions as files for
 * notebooks and spreadsheets ({@link WorkspaceExport}), filtered like the query commands.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the events, incidents, quotes and positions (every stance) as CSV, JSON Lines, Parquet "
                + "or (events only) PLOVER-JSON files into a folder, filtered like the query commands.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "plover-json, csv, parquet or jsonl.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the files (created when missing): events.parquet, incidents.parquet, ...")
    Path out;

    @Option(names = "--tables", split = ",", paramLabel = "TABLE",
            description = "Only these of events, incidents, quotes, positions (default: all).")
    List<String> tables = WorkspaceExport.TABLES;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = ExportFormat.of(format);
        List<String> wanted = new ArrayList<>();
        for (String table : tables) {
            wanted.add(WorkspaceExport.table(table.trim().toLowerCase(Locale.ROOT)).name());
        }
        Selection selection = Selection.of(filters.filter());
        try (JdbcEventStore store = workspace.openExisting()) {
            List<TableFile> files = WorkspaceExport.write(store, selection, chosen, wanted, out);
            Table table = new Table("table", "rows", "size", "seconds", "file");
            for (TableFile file : files) {
                table.row(file.table(), file.rows(), size(file.bytes()), String.format(Locale.ROOT, "%.1f", file.seconds()),
                        file.file());
            }
            table.print(System.out);
        }
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 10_000) {
            return bytes + " B";
        }
        if (bytes < 10_000_000) {
            return String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
