package parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.core.coding.CodingFixtures;
import parley.core.json.Json;
import parley.model.Article;
import parley.model.nlp.AnnotatedText;

/**
 * Keeps the coder's replayed annotations honest: the fixtures under parley-core's
 * {@code src/test/resources/parley/core/coding/} must equal what CoreNLP produces today. With
 * {@code -Dparley.regenerateGolden=true} it rewrites them instead (then rerun parley-core's
 * golden tests with the same switch and review the diff).
 */
@Tag("corenlp")
class CodingFixturesTest {
    private static final Path FIXTURES = Path.of("..", "parley-core", "src", "test", "resources", "parley", "core", "coding");

    @Test
    void replayedAnnotationsMatchCoreNlp() throws IOException {
        boolean regenerate = Boolean.getBoolean("parley.regenerateGolden");
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
        List<Path> texts;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            texts = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".expected.txt"))
                    .sorted().toList();
        }
        assertThat(texts).isNotEmpty();
        for (Path text : texts) {
            Article article = CodingFixtures.read(text);
            AnnotatedText annotated = nlp.annotate(article.bodyText());
            String json = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(annotated) + "\n";
            Path fixture = text.resolveSibling(text.getFileName().toString().replace(".txt", ".annotations.json"));
            if (regenerate) {
                Files.writeString(fixture, json, StandardCharsets.UTF_8);
            } else {
                assertThat(Files.readString(fixture, StandardCharsets.UTF_8))
                        .as("annotation fixture %s (regenerate with -Dparley.regenerateGolden=true)", fixture)
                        .isEqualTo(json);
            }
        }
    }
}
