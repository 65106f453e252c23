package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;
import parley.model.SkippedInput;
import parley.store.JdbcEventStore;

/**
 * {@code parley analyze} given bad inputs among good ones (an empty folder, a path that does not
 * exist, a file it may not read): each is reported with its reason, the good articles are stored,
 * and the exit code is 0. Runs the command line in a child JVM with the model-free annotator.
 */
class AnalyzeBadInputsTest {
    @TempDir
    Path temp;

    @Test
    void reportsEmptyFolderMissingPathAndUnreadableFileAndStoresTheGoodArticles() throws Exception {
        Path good = temp.resolve("good.jsonl");
        GeneratedNews.Expected expected = GeneratedNews.write(good, 12, 7L);
        Path empty = Files.createDirectories(temp.resolve("nothing-here"));
        Path missing = temp.resolve("no-such-file.jsonl");
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Path secret = Files.writeString(folder.resolve("secret.txt"),
                "Talks resumed in Geneva on Monday.\n\nBoth delegations said they would meet again next week.\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions: then the file is read like any other.
        boolean unreadable = !Files.isReadable(secret);
        Path data = temp.resolve("ws");

        ParleyProcess.Result run = ParleyProcess.run(temp.resolve("analyze.out"), "analyze", "--quiet", "--no-cache",
                "--data", data.toString(), good.toString(), empty.toString(), missing.toString(), folder.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.out()).contains("skipped " + empty + ": empty-folder (the folder holds no files)")
                .contains("skipped " + missing + ": not-found (no such file or folder)");
        if (unreadable) {
            assertThat(run.out()).contains("skipped " + secret + ": unreadable (permission denied");
        }
        List<String> ids = new ArrayList<>(expected.originals());
        try (JdbcEventStore store = JdbcEventStore.open(data)) {
            List<Article> stored = new ArrayList<>();
            store.forEachArticle(stored::add);
            assertThat(stored).extracting(Article::id).containsAll(ids)
                    .hasSize(ids.size() + (unreadable ? 0 : 1));
            java.util.Map<String, String> copies = new java.util.LinkedHashMap<>();
            store.syndications().forEach(copy -> copies.put(copy.copyId(), copy.articleId()));
            assertThat(copies).isEqualTo(expected.copies());
            List<String> reasons = new ArrayList<>(expected.skipReasons());
            reasons.addAll(List.of("empty-folder", "not-found"));
            if (unreadable) {
                reasons.add("unreadable");
            }
            assertThat(store.skipped()).extracting(SkippedInput::reason).containsExactlyInAnyOrderElementsOf(reasons);
        }

        CommandLineTest.Run listed = CommandLineTest.run("skipped", "--data", data.toString());
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).contains("empty-folder", "not-found", "bad-json", "language", "duplicate-id")
                .contains(empty.toString(), missing.toString())
                .contains((unreadable ? 6 : 5) + " skipped");
    }

    @Test
    void listsSkipsByFileThenRecordNumber() {
        List<SkippedInput> skips = new ArrayList<>(List.of(new SkippedInput("b.jsonl#10", "bad-json", null),
                new SkippedInput("crawl.warc#record-12", "truncated-warc", null),
                new SkippedInput("b.jsonl#9", "language", null), new SkippedInput("a.txt", "empty", null),
                new SkippedInput("b.jsonl", "unreadable", null), new SkippedInput("crawl.warc#record-3", "bad-warc-record", null),
                new SkippedInput("crawl.warc", "warc-non-response", null)));
        skips.sort(SkippedCommand.BY_ORIGIN);
        assertThat(skips).extracting(SkippedInput::origin).containsExactly("a.txt", "b.jsonl", "b.jsonl#9",
                "b.jsonl#10", "crawl.warc", "crawl.warc#record-3", "crawl.warc#record-12");
    }
}
