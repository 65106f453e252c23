package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import parley.store.H2EventStore;
import picocli.CommandLine.Option;

/** Where the workspace lives. */
final class WorkspaceOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Workspace folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("parley-data");

    H2EventStore open() {
        return H2EventStore.open(data);
    }

    /** Opens an existing workspace for reading; a missing one is a clear error, not an empty answer. */
    H2EventStore openExisting() {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no workspace at " + data.toAbsolutePath()
                    + " (run `parley analyze INPUT...` first, or pass --data DIR)");
        }
        return H2EventStore.open(data);
    }
}
