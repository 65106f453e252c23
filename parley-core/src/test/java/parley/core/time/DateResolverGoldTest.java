package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import parley.core.json.Json;

/**
 * Measures the resolver as a date oracle on the dev gold (skipped when the gold is absent): for
 * every non-optional gold event, the first mention found in its evidence sentence, resolved with
 * the gold file's publication date, no focus and an unknown tense, is compared with the gold date
 * at the gold's precision. Most disagreements are sentences whose date comes from context (the
 * focus, the present-tense default) that this one-sentence measurement does not give; the floor
 * only guards against regressions.
 */
class DateResolverGoldTest {
    /** Measured 62/134 = 0.463 when written; a few events of tolerance. */
    private static final double FLOOR = 0.44;

    @Test
    void agreesWithTheDevGoldAtLeastAsOftenAsWhenMeasured() throws IOException {
        Path gold = goldDirectory();
        assumeTrue(gold != null, "no shared/gold/dev above the working directory");
        DateResolver resolver = new DateResolver();
        int events = 0;
        int agreed = 0;
        int withMention = 0;
        int agreedWithMention = 0;
        for (Path file : goldFiles(gold)) {
            JsonNode article = Json.mapper().readTree(file.toFile());
            String publishedText = article.path("published").asText(null);
            LocalDate published = publishedText == null || publishedText.isBlank() ? null : LocalDate.parse(publishedText);
            for (JsonNode event : article.path("events")) {
                if (event.path("optional").asBoolean(false) || !event.path("evidence").isTextual()) {
                    continue;
                }
                List<DateMention> mentions = resolver.find(event.path("evidence").asText(), published, null,
                        Tense.UNKNOWN);
                String system = mentions.isEmpty() ? null : mentions.getFirst().value();
                String expected = event.path("date").isTextual() ? event.path("date").asText() : null;
                boolean agrees = DateResolver.agrees(system, expected);
                events++;
                agreed += agrees ? 1 : 0;
                if (system != null) {
                    withMention++;
                    agreedWithMention += agrees ? 1 : 0;
                }
            }
        }
        assumeTrue(events > 0, "the dev gold has no events");
        double agreement = (double) agreed / events;
        System.out.printf(Locale.ROOT, "date oracle agreement: %.3f (%d/%d); where a date was resolved: %d/%d%n",
                agreement, agreed, events, agreedWithMention, withMention);
        assertThat(agreement).isGreaterThanOrEqualTo(FLOOR);
    }

    private static List<Path> goldFiles(Path gold) throws IOException {
        try (Stream<Path> files = Files.list(gold)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path goldDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path gold = dir.resolve("shared").resolve("gold").resolve("dev");
            if (Files.isDirectory(gold)) {
                return gold;
            }
        }
        return null;
    }
}
