package parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the workplace's {@code shared/} folder (dev corpus and gold) beside the repository. */
final class SharedData {
    private SharedData() {
    }

    static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("gold/dev")) && Files.isRegularFile(candidate.resolve("corpus/dev.jsonl"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
