package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Option;

/**
 * Where the workspace lives: an embedded database in the data folder, or a PostgreSQL server
 * ({@code --db}, or {@code $PARLEY_DB}). The data folder also keeps what stays on this machine
 * whichever database holds the workspace: the search index and the user's actor files.
 */
final class WorkspaceOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Workspace folder (default: ${DEFAULT-VALUE}); "
            + "with --db it keeps only the search index and actor files.")
    Path data = Path.of("parley-data");

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:PARLEY_DB}",
            description = "A PostgreSQL database shared by a team, jdbc:postgresql://HOST[:PORT]/DB[?user=..&password=..] "
                    + "(default: $PARLEY_DB; user and password also from $PARLEY_DB_USER, $PARLEY_DB_PASSWORD). "
                    + "Without it the workspace is the embedded database in --data.")
    String db;

    /** Opens (or creates) the workspace. */
    JdbcEventStore open() {
        return database() ? JdbcEventStore.connect(db) : JdbcEventStore.open(data);
    }

    /** Opens an existing workspace for reading; a missing one is a clear error, not an empty answer. */
    JdbcEventStore openExisting() {
        if (!database() && !Files.isDirectory(data)) {
            throw new IllegalArgumentException("no workspace at " + data.toAbsolutePath()
                    + " (run `parley analyze INPUT...` first, or pass --data DIR or --db URL)");
        }
        return open();
    }

    /** Whether the workspace is on a database server rather than in the data folder. */
    boolean database() {
        return db != null && !db.isBlank();
    }

    /** What the workspace is, for reports. */
    String describe() {
        return database() ? JdbcEventStore.withoutPasswordOf(db) : data.toAbsolutePath().toString();
    }
}
