package parley.core.coding;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parley.core.ingest.PlainTextReader;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * The coding fixtures in {@code /parley/core/coding/}: articles written for the tests, read as
 * Parley reads a text file, with their replayed annotations beside them.
 */
public final class CodingFixtures {
    private CodingFixtures() {
    }

    /** The path of a fixture file, by its name ({@code istanbul.txt}). */
    public static Path resource(String name) throws URISyntaxException {
        return Path.of(CodingFixtures.class.getResource("/parley/core/coding/" + name).toURI());
    }

    /** The one article of a fixture text file; a fixture the reader skips fails the test. */
    public static Article read(Path file) {
        List<Article> articles = new ArrayList<>();
        new PlainTextReader().read(file, new ReadSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                throw new AssertionError("fixture skipped: " + skipped);
            }
        });
        return articles.get(0);
    }
}
