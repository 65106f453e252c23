package parley.app;

import java.util.concurrent.Callable;
import parley.model.SkippedInput;
import parley.store.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parley skipped}: inputs that could not be read, and why. */
@Command(name = "skipped", mixinStandardHelpOptions = true, description = "Inputs that were skipped, with the reason.")
final class SkippedCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Override
    public Integer call() {
        try (H2EventStore store = workspace.openExisting()) {
            Table table = new Table("input", "reason", "detail");
            for (SkippedInput input : store.skipped()) {
                table.row(input.origin(), input.reason(), input.detail());
            }
            table.print(System.out);
            System.out.printf("%d skipped%n", store.skipped().size());
        }
        return 0;
    }
}
