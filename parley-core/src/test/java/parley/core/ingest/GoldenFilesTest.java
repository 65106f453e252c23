package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parley.core.json.Json;
import parley.model.Article;
import parley.model.Span;

/**
 * Golden files: each {@code golden/<name>.txt} (short articles written for these tests) is read
 * with {@link PlainTextReader} and its id, title, date and furniture (with the furniture's text)
 * compared with {@code golden/<name>.expected.json}.
 *
 * <p>When a change in the output is intended, regenerate the expected files with
 * {@code mvn -pl parley-core test -Dtest=GoldenFilesTest -Dparley.regenerateGolden=true}, run
 * from the repository root, and review the diff before committing it.
 */
class GoldenFilesTest {
    private static final String REGENERATE = "parley.regenerateGolden";
    private static final Path SOURCE_DIR = Path.of("src/test/resources/parley/core/ingest/golden");

    static Stream<String> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFilesTest.class.getResource("golden").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".txt")).sorted().toList();
            assertThat(names).as("golden inputs").isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void matchesTheExpectedAnalysis(String name) throws IOException, URISyntaxException {
        Path input = Path.of(GoldenFilesTest.class.getResource("golden/" + name).toURI());
        CollectingSink sink = new CollectingSink();
        new PlainTextReader().read(input, sink);
        Article article = sink.only();
        SpanChecks.assertWellFormed(article.text(), article.furniture());
        String actual = render(article);
        String expectedName = name.replaceAll("\\.txt$", ".expected.json");
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(SOURCE_DIR.resolve(expectedName), actual, StandardCharsets.UTF_8);
            return;
        }
        var expected = GoldenFilesTest.class.getResource("golden/" + expectedName);
        assertThat(expected).as("%s is missing: run with -D%s=true to create it", expectedName, REGENERATE).isNotNull();
        String want = Files.readString(Path.of(expected.toURI()), StandardCharsets.UTF_8);
        assertThat(actual.replace("\r\n", "\n")).as(name).isEqualTo(want.replace("\r\n", "\n"));
    }

    private static String render(Article article) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("id", article.id());
        root.put("title", article.title());
        root.put("published", article.published() == null ? null : article.published().toString());
        ArrayNode furniture = root.putArray("furniture");
        for (Span span : article.furniture()) {
            furniture.addObject()
                    .put("start", span.start())
                    .put("end", span.end())
                    .put("reason", span.reason())
                    .put("text", article.text().substring(span.start(), span.end()));
        }
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
