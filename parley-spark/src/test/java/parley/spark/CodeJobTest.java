package parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.export.IncidentColumns;
import parley.core.export.QuoteColumns;
import parley.core.ingest.InputProgress;
import parley.core.ingest.ReadSink;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.StageTimes;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.pipeline.Parley;

/**
 * The job on {@code local[2]} with the real CoreNLP pipeline, against what {@code parley code}
 * does with the same input: the same readers ({@link Parley#read}) and the same pipeline
 * ({@link Parley#coder}), article after article in this JVM.
 */
@Tag("corenlp")
class CodeJobTest {
    @TempDir
    static Path temp;
    private static SparkSession spark;
    private static List<Path> inputs;
    private static String out;
    private static JobSummary summary;
    private static final List<Article> articles = new ArrayList<>();
    private static final List<SkippedInput> skips = new ArrayList<>();
    private static final List<Event> events = new ArrayList<>();
    private static final List<Quote> quotes = new ArrayList<>();

    @BeforeAll
    static void codeTheCorpusBothWays() {
        inputs = Corpus.copyTo(temp.resolve("in"));
        Path missing = temp.resolve("in/missing.jsonl");
        out = temp.resolve("out").toString();
        spark = LocalSpark.session("local[2]");
        List<String> arguments = new ArrayList<>(inputs.stream().map(Path::toString).toList());
        arguments.add(missing.toString());
        summary = CodeJob.run(spark, new CodeJob.JobOptions(arguments, out, 0, true, new ParleyCoders("corenlp", null)));

        ArticleCoder coder = Parley.coder(Parley.actors(List.of(), null), Parley.annotator("corenlp", null), new StageTimes());
        List<Path> all = new ArrayList<>(inputs);
        all.add(missing);
        Parley.read(all, new ReadSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                skips.add(skipped);
            }
        }, InputProgress.NONE);
        for (Article article : articles) {
            CodedArticle coded = coder.code(article);
            events.addAll(coded.events());
            quotes.addAll(coded.quotes());
        }
    }

    @Test
    void eventsAreThoseOfParleyCodeOnTheSameInput() {
        assertThat(events).as("the corpus must give events to compare").hasSizeGreaterThan(5);
        // Equal records: same ids, types, actors, recipients, dates, evidence, provenance, confidence.
        assertThat(Tables.events(spark, out)).containsExactlyInAnyOrderElementsOf(events);
        assertThat(summary.events()).isEqualTo(events.size());
        assertThat(summary.articles()).isEqualTo(articles.size()).isEqualTo(5);
        assertThat(events).extracting(Event::doc).contains("spark-1", "spark-2", "spark-3", "spark-5");
    }

    @Test
    void quotesAreThoseOfParleyCode() {
        List<Quote> written = Tables.rows(spark, QuoteColumns.TABLE, out + "/quotes").stream()
                .map(row -> new Quote((String) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                        (String) row.get(5), (Integer) row.get(7), (Integer) row.get(8)))
                .toList();
        assertThat(written).containsExactlyInAnyOrderElementsOf(quotes);
        assertThat(summary.quotes()).isEqualTo(quotes.size());
    }

    @Test
    void aCorruptRecordIsASkippedRowWithItsReasonAndEveryOtherSkipIsToo() {
        List<SkippedInput> written = Tables.skipped(spark, out);
        String jsonl = inputs.getFirst().toString();
        assertThat(written).anySatisfy(skip -> {
            assertThat(skip.origin()).isEqualTo("file:" + jsonl + "#3");
            assertThat(skip.reason()).isEqualTo("bad-json");
        });
        assertThat(written).extracting(SkippedInput::reason).contains("bad-json", "language", "empty", "not-found");
        // The same skips as parley code's, with origins naming the files as Hadoop paths.
        assertThat(written.stream().map(skip -> skip.origin().replaceFirst("^file:", "") + " " + skip.reason()))
                .containsExactlyInAnyOrderElementsOf(skips.stream().map(skip -> skip.origin() + " " + skip.reason()).toList());
        assertThat(summary.skipped()).isEqualTo(skips.size());
    }

    @Test
    void eventsAndQuotesArePartitionedByMonth() throws IOException {
        try (Stream<Path> months = Files.list(Path.of(out, "events"))) {
            assertThat(months.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("month=")))
                    .contains("month=2025-05", "month=2025-06");
        }
        assertThat(spark.read().parquet(out + "/events").schema().apply("month").dataType().typeName()).isEqualTo("string");
        assertThat(Files.isDirectory(Path.of(out, "quotes"))).isTrue();
    }

    @Test
    void incidentsAreThoseOfTheWorkspaceRules() {
        List<Incident> expected = Corroborator.incidents(events, articles, Map.of());
        List<List<Object>> written = Tables.rows(spark, IncidentColumns.TABLE, out + "/incidents");
        assertThat(written.stream().map(row -> row.get(0) + " " + row.get(9)))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(i -> i.id() + " " + i.eventIds()).toList());
        assertThat(summary.incidents()).isEqualTo(expected.size());
    }
}
