package parley.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import parley.model.SkippedInput;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parley skipped}: every input that could not be read or coded, and why, sorted by origin
 * (the file, then the record number within it, as numbers) so that the skips of one file stand
 * together whatever order the runs recorded them in.
 */
@Command(name = "skipped", mixinStandardHelpOptions = true,
        description = "Inputs that were skipped, with the reason, sorted by input (file, then record number).")
final class SkippedCommand implements Callable<Integer> {
    /** By file, then by the record number after {@code #} (numerically), then reason. */
    static final Comparator<SkippedInput> BY_ORIGIN = Comparator
            .comparing((SkippedInput s) -> file(s.origin()))
            .thenComparingLong(s -> record(s.origin()))
            .thenComparing(SkippedInput::origin)
            .thenComparing(SkippedInput::reason);

    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        try (JdbcEventStore store = workspace.openExisting()) {
            List<SkippedInput> skipped = new ArrayList<>(store.skipped());
            skipped.sort(BY_ORIGIN);
            Table table = new Table("input", "reason", "detail");
            for (SkippedInput input : skipped) {
                table.row(input.origin(), input.reason(), input.detail());
            }
            table.print(System.out);
            System.out.printf("%d skipped%n", skipped.size());
        }
        return 0;
    }

    private static String file(String origin) {
        int hash = origin.lastIndexOf('#');
        return hash < 0 ? origin : origin.substring(0, hash);
    }

    /** The record number of {@code path#12} or {@code path#record-12}; -1 for a whole file. */
    private static long record(String origin) {
        int hash = origin.lastIndexOf('#');
        if (hash < 0) {
            return -1;
        }
        String digits = origin.substring(hash + 1).replaceAll("^\\D+", "");
        try {
            return digits.isEmpty() ? Long.MAX_VALUE : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
