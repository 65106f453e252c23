package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parley.model.Article;
import parley.model.SkippedInput;

/** The repository's samples/ folder reads as five dated, titled articles (and its README is reported). */
class SamplesTest {
    @Test
    void readsTheFiveSampleArticlesWithTheirDatesAndTitles() {
        Path samples = findSamples();
        Assumptions.assumeTrue(samples != null, "samples/ not found above the working directory");
        CollectingSink sink = new CollectingSink();
        Inputs.read(List.of(samples), sink);
        assertThat(sink.articles).extracting(Article::published).containsExactly(
                LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 18), LocalDate.of(2025, 5, 16),
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 5, 21));
        assertThat(sink.articles).allSatisfy(article -> {
            assertThat(article.title()).isNotBlank();
            assertThat(article.furniture()).extracting(span -> span.reason()).containsOnly("date-line", "headline");
        });
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("unsupported-format");
    }

    private static Path findSamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("samples");
            }
        }
        return null;
    }
}
