package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import parley.app.Main;

/**
 * The pages on the development set, coded by the real pipeline through {@code parley analyze}
 * (CoreNLP; parses are cached in ~/.cache/parley, so later runs are fast). Skipped when
 * {@code ../shared/corpus/dev} is absent.
 */
@Tag("corenlp")
class DevSetPagesTest extends PagesContract {
    @Override
    void buildWorkspace(Path data) {
        Path dev = devSet();
        Assumptions.assumeTrue(dev != null, "../shared/corpus/dev is not here");
        int exit = Main.commandLine().execute("analyze", "--quiet", "--data", data.toString(), dev.toString());
        assertThat(exit).as("parley analyze on the dev set").isZero();
    }

    private static Path devSet() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    String name() {
        return "dev";
    }

    @Override
    String earlyDate() {
        return "2025-03-01";
    }
}
