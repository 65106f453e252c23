package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.json.Json;
import parley.model.Article;
import parley.model.Span;

/**
 * Reads the shared dev corpus (when present) and measures the plain-text analysis against it:
 * publication dates against dev.jsonl, gold evidence sentences that fall inside furniture (must be
 * none), and the lines marked as furniture against a hand-made list of furniture line numbers
 * ({@code dev-furniture-lines.txt}: numbers only, no article text). Prints the numbers.
 */
class DevCorpusTest {
    private static Path shared;
    private static Map<String, Article> articles;

    @BeforeAll
    static void readDevCorpus() {
        shared = SharedData.find().orElse(null);
        Assumptions.assumeTrue(shared != null, "shared/corpus/dev not found above the working directory");
        CollectingSink sink = new CollectingSink();
        Inputs.read(List.of(shared.resolve("corpus/dev")), Inputs.defaultReaders(), sink);
        assertThat(sink.skipped).isEmpty();
        articles = new TreeMap<>();
        for (Article article : sink.articles) {
            articles.put(article.id(), article);
        }
    }

    @Test
    void readsAllTwentyOneDevArticlesWithWellFormedFurniture() {
        assertThat(articles).hasSize(21);
        for (Article article : articles.values()) {
            SpanChecks.assertWellFormed(article.text(), article.furniture());
        }
    }

    @Test
    void findsThePublishedDatesThatDevJsonlGives() throws IOException {
        int withDate = 0;
        int agree = 0;
        int missed = 0;
        List<String> disagreements = new ArrayList<>();
        List<String> foundWithoutReference = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("corpus/dev.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode record = Json.mapper().readTree(line);
            String id = record.get("id").asText();
            LocalDate found = articles.get(id).published();
            JsonNode published = record.get("published");
            if (published == null || published.isNull()) {
                if (found != null) {
                    foundWithoutReference.add(id + "=" + found);
                }
                continue;
            }
            withDate++;
            LocalDate expected = LocalDate.parse(published.asText());
            if (expected.equals(found)) {
                agree++;
            } else if (found == null) {
                missed++;
            } else {
                disagreements.add(id + ": found " + found + ", dev.jsonl " + expected);
            }
        }
        System.out.printf("[dev] publication dates: %d of %d agree with dev.jsonl, %d not found, %d wrong %s;"
                        + " found where dev.jsonl has none: %s%n",
                agree, withDate, missed, disagreements.size(), disagreements, foundWithoutReference);
        assertThat(disagreements).isEmpty();
        assertThat(agree).isGreaterThanOrEqualTo(withDate - 1);
        assertThat(foundWithoutReference).isEmpty();
    }

    @Test
    void readsDevJsonlWithTheRecordsPublishedDateWinning() throws IOException {
        CollectingSink sink = new CollectingSink();
        new JsonLinesReader().read(shared.resolve("corpus/dev.jsonl"), sink);
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.articles).hasSize(21);
        for (Article record : sink.articles) {
            Article plain = articles.get(record.id());
            assertThat(plain).as("a .txt for record %s", record.id()).isNotNull();
            JsonNode line = Json.mapper().readTree(Files.readAllLines(shared.resolve("corpus/dev.jsonl")).stream()
                    .filter(l -> l.contains("\"" + record.id() + "\"")).findFirst().orElseThrow());
            JsonNode published = line.get("published");
            LocalDate expected = published == null || published.isNull() ? plain.published() : LocalDate.parse(published.asText());
            assertThat(record.published()).as(record.id()).isEqualTo(expected);
            SpanChecks.assertWellFormed(record.text(), record.furniture());
        }
    }

    @Test
    void keepsEveryGoldEvidenceSentenceOutOfFurniture() throws IOException {
        int evidence = 0;
        int located = 0;
        List<String> inFurniture = new ArrayList<>();
        try (var files = Files.list(shared.resolve("gold/dev"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode gold = Json.mapper().readTree(file.toFile());
                Article article = articles.get(gold.get("doc").asText());
                for (JsonNode event : gold.get("events")) {
                    evidence++;
                    int[] range = locate(article.text(), event.get("evidence").asText());
                    if (range == null) {
                        continue;
                    }
                    located++;
                    if (article.isFurniture(range[0], range[1])) {
                        inFurniture.add(article.id() + "@" + range[0]);
                    }
                }
            }
        }
        System.out.printf("[dev] gold evidence sentences: %d, located in the text: %d, inside furniture: %d %s%n",
                evidence, located, inFurniture.size(), inFurniture);
        assertThat(located).isGreaterThanOrEqualTo(evidence - 2);
        assertThat(inFurniture).isEmpty();
    }

    @Test
    void marksTheHandLabelledFurnitureLines() throws IOException {
        Map<String, Set<Integer>> labelled = labelledLines();
        Map<String, Integer> byReason = new TreeMap<>();
        int caught = 0;
        int expected = 0;
        int marked = 0;
        List<String> missedLines = new ArrayList<>();
        List<String> extraLines = new ArrayList<>();
        for (Article article : articles.values()) {
            for (Span span : article.furniture()) {
                byReason.merge(span.reason(), 1, Integer::sum);
            }
            Set<Integer> want = labelled.getOrDefault(article.id(), Set.of());
            Set<Integer> got = furnitureLines(article);
            expected += want.size();
            marked += got.size();
            for (int line : want) {
                if (got.contains(line)) {
                    caught++;
                } else {
                    missedLines.add(article.id() + ":" + line);
                }
            }
            for (int line : got) {
                if (!want.contains(line)) {
                    extraLines.add(article.id() + ":" + line);
                }
            }
        }
        System.out.printf("[dev] furniture lines: %d labelled, %d marked, %d caught; missed %s; marked but"
                + " labelled body %s; spans by reason %s%n", expected, marked, caught, missedLines, extraLines, byReason);
        assertThat(caught).isGreaterThanOrEqualTo((int) Math.ceil(expected * 0.9));
        assertThat(extraLines.size()).isLessThanOrEqualTo(3);
    }

    /** Numbers of the lines (0-based) that hold any furniture span. */
    private static Set<Integer> furnitureLines(Article article) {
        Set<Integer> lines = new HashSet<>();
        String text = article.text();
        int line = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start && article.isFurniture(start, i)) {
                    lines.add(line);
                }
                line++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static Map<String, Set<Integer>> labelledLines() throws IOException {
        Map<String, Set<Integer>> labelled = new HashMap<>();
        try (InputStream in = DevCorpusTest.class.getResourceAsStream("dev-furniture-lines.txt")) {
            assertThat(in).as("dev-furniture-lines.txt on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                Set<Integer> numbers = new HashSet<>();
                for (String number : parts[1].trim().split("\\s+")) {
                    if (!number.isEmpty()) {
                        numbers.add(Integer.parseInt(number));
                    }
                }
                labelled.put(parts[0].trim(), numbers);
            }
        }
        return labelled;
    }

    /** Where {@code sentence} is in {@code text}; white-space differences (a link's line break) allowed. */
    static int[] locate(String text, String sentence) {
        int exact = text.indexOf(sentence);
        if (exact >= 0) {
            return new int[] {exact, exact + sentence.length()};
        }
        StringBuilder squeezed = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                squeezed.append(text.charAt(i));
                origin.add(i);
            }
        }
        String target = sentence.replaceAll("\\s+", "");
        int at = squeezed.indexOf(target);
        if (at < 0 || target.isEmpty()) {
            return null;
        }
        return new int[] {origin.get(at), origin.get(at + target.length() - 1) + 1};
    }
}
