package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.store.Filter;
import parley.core.store.WorkspaceSummary;
import parley.core.store.EventStoreContract;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;

/**
 * The store's crash-safety test: a writer in a child JVM is killed with SIGKILL in the middle of a
 * run, several times, and the workspace must hold only whole articles, each once; running the
 * writer again must finish the job.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 600;
    private static final int KILLS = 4;
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path workspace;

    @Test
    void keepsOnlyWholeArticlesWhenTheWriterIsKilledAndFinishesTheJobOnRerun() throws Exception {
        Path data = workspace.resolve("data");
        Set<Integer> reportedSaved = new HashSet<>();
        int stored = 0;
        // No fixed seed: the kill point depends on timing anyway, and varying it covers more ground.
        Random random = new Random();
        for (int kill = 1; kill <= KILLS; kill++) {
            Writer writer = Writer.start(data, workspace.resolve("writer-" + kill + ".err"));
            // Let it save a few hundred more articles, then pull the plug mid-stride.
            int target = stored + 40 + 10 * kill;
            int savedThisRun = 0;
            while (stored + savedThisRun < target) {
                String line = writer.nextLine();
                if (line.startsWith("saved ")) {
                    reportedSaved.add(Integer.parseInt(line.substring(6)));
                    savedThisRun++;
                }
            }
            // A random pause puts the kill anywhere in the writer's save cycle, not just after a save.
            TimeUnit.MICROSECONDS.sleep(random.nextInt(8_000));
            assertThat(writer.process.isAlive()).as("writer still running when killed").isTrue();
            writer.process.destroyForcibly();
            assertThat(writer.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.process.exitValue()).as("killed, not finished").isNotZero();

            Set<Integer> present = verifyOnlyWholeArticles(data);
            // Every save the writer saw return was committed to the file before it was killed.
            assertThat(present).containsAll(reportedSaved).hasSizeLessThan(ARTICLES);
            stored = present.size();
        }

        Writer rerun = Writer.start(data, workspace.resolve("writer-final.err"));
        List<String> lines = rerun.linesUntilDone();
        assertThat(rerun.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.process.exitValue()).isZero();
        assertThat(lines.stream().filter(line -> line.startsWith("present "))).hasSize(stored);
        assertThat(lines.stream().filter(line -> line.startsWith("saved "))).hasSize(ARTICLES - stored);
        assertThat(verifyOnlyWholeArticles(data)).hasSize(ARTICLES);
    }

    @Test
    void refusesToOpenAWorkspaceThatAnotherProcessHasOpen() throws Exception {
        Path data = workspace.resolve("data");
        Writer writer = Writer.start(data, workspace.resolve("writer.err"));
        try {
            assertThat(writer.nextLine()).isEqualTo("open");

            assertThatThrownBy(() -> JdbcEventStore.open(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another Parley process");
        } finally {
            writer.process.destroyForcibly().waitFor();
        }
    }

    /**
     * Opens the workspace and checks that every stored article equals its numbered original with
     * all its events and quotes, and that nothing is stored twice or without its article.
     *
     * @return the numbers of the stored articles
     */
    private static Set<Integer> verifyOnlyWholeArticles(Path data) {
        try (JdbcEventStore store = JdbcEventStore.open(data)) {
            List<Article> articles = new ArrayList<>();
            store.forEachArticle(articles::add);
            Map<String, List<Event>> events = new LinkedHashMap<>();
            for (Event event : EventStoreContract.all(store, Filter.none())) {
                events.computeIfAbsent(event.doc(), doc -> new ArrayList<>()).add(event);
            }
            Map<String, List<Quote>> quotes = new LinkedHashMap<>();
            for (Quote quote : Page.collect((after, limit) -> store.quotes(Filter.none(), after, limit), 0)) {
                quotes.computeIfAbsent(quote.doc(), doc -> new ArrayList<>()).add(quote);
            }
            Set<Integer> numbers = new HashSet<>();
            long eventTotal = 0;
            long quoteTotal = 0;
            for (Article article : articles) {
                int n = NumberedArticles.number(article.id());
                assertThat(numbers.add(n)).as("article %s stored once", article.id()).isTrue();
                CodedArticle original = NumberedArticles.article(n);
                assertThat(article).isEqualTo(original.article());
                assertThat(events.getOrDefault(article.id(), List.of())).as("events of %s", article.id())
                        .isEqualTo(original.events());
                assertThat(quotes.getOrDefault(article.id(), List.of())).as("quotes of %s", article.id())
                        .isEqualTo(original.quotes());
                eventTotal += NumberedArticles.eventCount(n);
                quoteTotal += NumberedArticles.quoteCount(n);
            }
            assertThat(events.keySet()).as("no events without their article")
                    .isSubsetOf(articles.stream().map(Article::id).toList());
            WorkspaceSummary summary = store.summary();
            assertThat(List.of(summary.articles(), summary.events(), summary.quotes(), summary.skipped()))
                    .isEqualTo(List.of((long) articles.size(), eventTotal, quoteTotal, 0L));
            return numbers;
        }
    }

    /** A {@link CrashWriterMain} running in its own JVM, with its output lines as they come. */
    private record Writer(Process process, BlockingQueue<String> lines, Path errors) {
        static Writer start(Path data, Path errors) throws IOException {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // A short-lived writer: the C1 compiler and serial GC halve its start-up and run time.
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    CrashWriterMain.class.getName(), data.toString(), Integer.toString(ARTICLES))
                    .redirectError(errors.toFile())
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread pump = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The stream breaks when the process is killed: that is the end of its output.
                }
                lines.add("<end>");
            }, "crash-writer-output");
            pump.setDaemon(true);
            pump.start();
            return new Writer(process, lines, errors);
        }

        String nextLine() throws InterruptedException {
            String line = lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.equals("<end>")) {
                throw new AssertionError("writer stopped or stalled (exit " + exitValueOrAlive() + "); its errors:\n"
                        + errorsOf());
            }
            return line;
        }

        List<String> linesUntilDone() throws InterruptedException {
            List<String> all = new ArrayList<>();
            for (String line = nextLine(); !line.equals("done"); line = nextLine()) {
                all.add(line);
            }
            return all;
        }

        private String exitValueOrAlive() {
            return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
        }

        private String errorsOf() {
            try {
                return Files.exists(errors) ? Files.readString(errors) : "(none)";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
