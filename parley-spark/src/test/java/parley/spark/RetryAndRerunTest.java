package parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.ingest.InputProgress;
import parley.core.ingest.ReadSink;
import parley.core.pipeline.ArticleCoder;
import parley.model.Article;
import parley.model.Event;
import parley.model.SkippedInput;
import parley.pipeline.Parley;

/**
 * Failures and re-runs on {@code local[2,2]} (two task threads; a failed task is tried once more,
 * as on a cluster), with the model-free {@link SentenceCoders}: the number of events is known.
 */
class RetryAndRerunTest {
    @TempDir
    static Path temp;
    private static SparkSession spark;
    private static List<String> inputs;
    private static long expectedEvents;
    private static long skips;

    @BeforeAll
    static void start() {
        List<Path> files = Corpus.copyTo(temp.resolve("in"));
        inputs = files.stream().map(Path::toString).toList();
        // The stand-in coder's events, counted without Spark: one per sentence of each article read.
        ArticleCoder coder = new SentenceCoders(false).coder();
        long[] events = {0};
        Parley.read(files, new ReadSink() {
            @Override
            public void article(Article article) {
                events[0] += coder.code(article).events().size();
            }

            @Override
            public void skipped(SkippedInput skipped) {
                skips++;
            }
        }, InputProgress.NONE);
        expectedEvents = events[0];
        spark = LocalSpark.session("local[2,2]");
    }

    private static JobSummary run(CoderSource coders, Path out) {
        return CodeJob.run(spark, new CodeJob.JobOptions(inputs, out.toString(), 3, false, coders));
    }

    @Test
    void aKilledTaskIsRunAgainAndItsEventsAreWrittenOnce() {
        SentenceCoders.arm();
        Path out = temp.resolve("killed");
        JobSummary summary = run(new SentenceCoders(true), out);
        assertThat(SentenceCoders.KILLED.get()).as("one task attempt died").isEqualTo(1);
        assertThat(expectedEvents).isGreaterThan(10);
        assertThat(summary.events()).isEqualTo(expectedEvents);
        List<Event> events = Tables.events(spark, out.toString());
        assertThat(events).hasSize((int) expectedEvents);
        assertThat(events.stream().map(Event::id).distinct()).hasSize(events.size());
        assertThat(summary.skipped()).as("the death of a task is not an article's fault").isEqualTo(skips);
    }

    @Test
    void runningAgainOnTheSameOutputReplacesItNeverDoublesIt() throws IOException {
        Path out = temp.resolve("twice");
        Files.createDirectories(out.resolve("incidents/month=2025-05"));
        Files.writeString(out.resolve("incidents/month=2025-05/part-0.parquet"), "from an earlier run with --corroborate");
        run(new SentenceCoders(false), out);
        assertThat(out.resolve("incidents")).as("incidents that no longer match the events are removed").doesNotExist();
        List<Path> first = parquetFiles(out);
        JobSummary again = run(new SentenceCoders(false), out);
        assertThat(again.events()).isEqualTo(expectedEvents);
        assertThat(Tables.events(spark, out.toString())).hasSize((int) expectedEvents);
        assertThat(parquetFiles(out)).hasSameSizeAs(first).doesNotContainAnyElementsOf(first);
    }

    @Test
    void anArticleReadTwiceIsCodedOnceAndTheSecondIsASkippedDuplicate() {
        Path out = temp.resolve("duplicates");
        List<String> twice = List.of(inputs.getFirst(), inputs.getFirst());
        JobSummary summary = CodeJob.run(spark, new CodeJob.JobOptions(twice, out.toString(), 3, false,
                new SentenceCoders(false)));
        List<Event> events = Tables.events(spark, out.toString());
        assertThat(events.stream().map(Event::id).distinct()).hasSize(events.size());
        assertThat(summary.articles()).isEqualTo(3);
        assertThat(Tables.skipped(spark, out.toString())).filteredOn(skip -> skip.reason().equals("duplicate-id"))
                .hasSize(3).allSatisfy(skip -> assertThat(skip.detail()).contains("only the first is kept"));
    }

    private static List<Path> parquetFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.toString().endsWith(".parquet")).sorted().toList();
        }
    }
}
