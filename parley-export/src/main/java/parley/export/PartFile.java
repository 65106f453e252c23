package parley.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file written beside its target under a temporary name and moved into place when complete. */
final class PartFile {
    private final Path target;
    private final Path part;

    PartFile(Path target) {
        this.target = target;
        this.part = target.resolveSibling("." + target.getFileName() + ".part");
    }

    Path part() {
        return part;
    }

    void commit() throws IOException {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void discard() throws IOException {
        Files.deleteIfExists(part);
    }
}
