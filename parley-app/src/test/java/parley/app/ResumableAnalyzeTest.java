package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.model.Article;
import parley.model.SkippedInput;
import parley.store.JdbcEventStore;
import parley.core.store.Syndication;

/**
 * {@code parley analyze} killed with SIGKILL in the middle of a run, several times, then started
 * again: the workspace must end exactly as after one uninterrupted run, with every article stored
 * once, every copy recorded once as a syndication, and every skip recorded once. The child runs
 * the real command line with the model-free annotator ({@code PARLEY_ANNOTATOR=whitespace}).
 */
class ResumableAnalyzeTest {
    private static final int ORIGINALS = 250;

    @TempDir
    Path temp;

    @Test
    void finishesAKilledAnalyzeWithEveryArticleAndCopyStoredOnce() throws Exception {
        Path input = temp.resolve("stream.jsonl");
        GeneratedNews.Expected expected = GeneratedNews.write(input, ORIGINALS, 20250516L);
        assertThat(expected.exactCopies()).isPositive();
        assertThat(expected.nearCopies()).isPositive();

        Path reference = temp.resolve("reference");
        ParleyProcess.Result once = ParleyProcess.run(temp.resolve("reference.out"), "analyze", "--quiet",
                "--no-cache", "--data", reference.toString(), input.toString());
        assertThat(once.exit()).as(once.err()).isZero();
        assertThat(once.out()).contains("Read " + (ORIGINALS + expected.copies().size() + 1) + " articles") // the French one never reaches analyze
                .contains(expected.copies().size() + " syndicated copies");
        Workspace whole = Workspace.of(reference);
        assertThat(whole.articles()).extracting(Article::id).containsExactlyElementsOf(expected.originals());
        assertThat(whole.syndications()).extracting(Syndication::copyId)
                .containsExactlyInAnyOrderElementsOf(expected.copies().keySet());
        assertThat(whole.syndications()).allSatisfy(s ->
                assertThat(s.articleId()).as("original of %s", s.copyId()).isEqualTo(expected.copies().get(s.copyId())));
        assertThat(whole.syndications()).filteredOn(s -> s.kind() == Syndication.Kind.EXACT)
                .hasSize(expected.exactCopies());
        assertThat(whole.skipped()).extracting(SkippedInput::reason)
                .containsExactlyInAnyOrderElementsOf(expected.skipReasons());

        Path data = temp.resolve("killed");
        Random random = new Random();
        int[] linesBeforeKill = {1, 40, 60, 80};
        int seen = 0;
        for (int kill = 0; kill < linesBeforeKill.length; kill++) {
            ParleyProcess child = ParleyProcess.start(temp.resolve("killed-" + kill + ".out"), "analyze",
                    "--progress", "lines", "--threads", "2", "--no-cache", "--data", data.toString(), input.toString());
            for (int line = 0; line < linesBeforeKill[kill]; ) {
                if (isProgress(child.nextErrLine())) {
                    line++;
                }
            }
            // A random pause puts the kill anywhere in the cycle of reading, coding and storing.
            TimeUnit.MICROSECONDS.sleep(random.nextInt(5_000));
            assertThat(child.process.isAlive()).as("analyze still running when killed (kill %d)", kill).isTrue();
            child.process.destroyForcibly();
            assertThat(child.waitFor()).as("killed, not finished").isNotZero();

            Workspace partial = Workspace.of(data);
            assertThat(partial.articles()).as("stored in input order, each once, after kill %d", kill)
                    .containsExactlyElementsOf(whole.articles().subList(0, partial.articles().size()));
            assertThat(whole.syndications()).containsAll(partial.syndications());
            assertThat(partial.articles().size()).as("progress after kill %d", kill).isGreaterThanOrEqualTo(seen);
            seen = partial.articles().size();
            System.out.printf("kill %d: %d articles, %d copies, %d skips stored%n", kill, seen,
                    partial.syndications().size(), partial.skipped().size());
        }
        assertThat(seen).as("the killed runs stored some but not all").isBetween(1, ORIGINALS - 1);

        ParleyProcess.Result rest = ParleyProcess.run(temp.resolve("rest.out"), "analyze", "--quiet", "--no-cache",
                "--data", data.toString(), input.toString());
        assertThat(rest.exit()).as(rest.err()).isZero();
        assertThat(rest.out()).contains((seen) + " already in the workspace");
        Workspace resumed = Workspace.of(data);
        assertThat(resumed).isEqualTo(whole);

        ParleyProcess.Result again = ParleyProcess.run(temp.resolve("again.out"), "analyze", "--quiet", "--no-cache",
                "--data", data.toString(), input.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 new (0 stored), " + ORIGINALS + " already in the workspace, "
                + expected.copies().size() + " syndicated copies (0 recorded now, " + expected.copies().size() + " before)");
        assertThat(Workspace.of(data)).isEqualTo(whole);
    }

    private static boolean isProgress(String line) {
        return line.startsWith("stored ") || line.startsWith("copy ") || line.startsWith("skipped ");
    }

    /** Everything a workspace holds, read back in its own order (skips as a set). */
    record Workspace(List<Article> articles, List<?> events, List<?> quotes, List<Syndication> syndications,
                     List<SkippedInput> skipped) {
        static Workspace of(Path data) {
            try (JdbcEventStore store = JdbcEventStore.open(data)) {
                List<SkippedInput> skipped = store.skipped().stream().sorted(SkippedCommand.BY_ORIGIN).toList();
                List<Article> articles = new ArrayList<>();
                store.forEachArticle(articles::add);
                return new Workspace(articles, Page.collect((after, limit) -> store.events(Filter.none(), after, limit), 0),
                        Page.collect((after, limit) -> store.quotes(Filter.none(), after, limit), 0),
                        store.syndications(), skipped);
            }
        }
    }
}
