package parley.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared data folder (dev corpus, gold) by walking up from the working
 * directory to a folder that has {@code shared/corpus/dev}. Tests that need it skip when absent.
 */
final class SharedData {
    private SharedData() {
    }

    static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus").resolve("dev"))) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
