package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;
import parley.model.SkippedInput;

class InputsTest {
    private static final String BODY = "Ukraine said on Tuesday it was ready to accept a 30-day ceasefire.\n";

    @TempDir
    Path dir;

    @Test
    void skipsAPathThatDoesNotExistAndReadsTheRest() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), BODY);
        CollectingSink sink = read(dir.resolve("missing.txt"), good);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("not-found");
        assertThat(sink.articles).extracting(Article::id).containsExactly("good");
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderAndLeavesHiddenFilesOut() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/inner/c.txt"), BODY);
        Files.writeString(dir.resolve("b/a.txt"), BODY);
        Files.writeString(dir.resolve("a.txt"), BODY);
        Files.writeString(dir.resolve("z.jsonl"), "{\"id\": \"z1\", \"text\": \"One.\"}\n{\"id\": \"z2\", \"text\": \"Two.\"}\n");
        Files.writeString(dir.resolve(".draft.txt"), BODY);
        Files.writeString(dir.resolve(".git/config.txt"), BODY);
        CollectingSink sink = read(dir);
        assertThat(sink.skipped).isEmpty();
        assertThat(sink.articles).extracting(Article::origin).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/a.txt").toString(),
                dir.resolve("b/inner/c.txt").toString(), dir.resolve("z.jsonl") + "#1", dir.resolve("z.jsonl") + "#2");
    }

    @Test
    void keepsTheOrderOfTheArgumentsForAMixOfFilesAndFolders() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("folder/inside.txt"), BODY);
        Path last = Files.writeString(dir.resolve("first.txt"), BODY);
        CollectingSink sink = read(last, dir.resolve("folder"));
        assertThat(sink.articles).extracting(Article::id).containsExactly("first", "inside");
    }

    @Test
    void reportsAFileThatNoReaderHandles() throws IOException {
        Files.writeString(dir.resolve("notes.md"), BODY);
        Files.writeString(dir.resolve("story.txt"), BODY);
        CollectingSink sink = read(dir);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("unsupported-format");
        assertThat(sink.skipped.get(0).origin()).endsWith("notes.md");
        assertThat(sink.articles).hasSize(1);
    }

    @Test
    void reportsAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(read(empty).onlySkip().reason()).isEqualTo("empty-folder");
    }

    @Test
    void reportsEachBadFileAndStillReadsTheGoodOnes() throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("c-good.txt"), BODY);
        CollectingSink sink = read(dir);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("empty", "binary");
        assertThat(sink.articles).extracting(Article::id).containsExactly("c-good");
    }

    @Test
    void turnsAReaderThatThrowsIntoASkipAndGoesOn() throws IOException {
        Files.writeString(dir.resolve("a.txt"), BODY);
        Files.writeString(dir.resolve("b.txt"), BODY);
        ArticleReader broken = new ArticleReader() {
            @Override
            public boolean canRead(Path path) {
                return path.getFileName().toString().equals("a.txt");
            }

            @Override
            public void read(Path path, ReadSink sink) {
                throw new IllegalStateException("bug");
            }
        };
        CollectingSink sink = new CollectingSink();
        Inputs.read(List.of(dir), List.of(broken, new PlainTextReader()), sink);
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("reader-error");
        assertThat(sink.skipped.get(0).detail()).contains("bug");
        assertThat(sink.articles).extracting(Article::id).containsExactly("b");
    }

    @Test
    void skipsAnUnreadableFileFoundInAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), BODY);
        Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
            assertThat(read(dir).onlySkip().reason()).isEqualTo("unreadable");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void countsTheBytesOfTheFilesItWouldReadAndReportsEachFileAsItGoes() throws IOException {
        Files.createDirectories(dir.resolve("folder/.hidden"));
        Path a = Files.writeString(dir.resolve("folder/a.txt"), BODY);
        Path b = Files.writeString(dir.resolve("folder/b.md"), "not read, but counted: it is looked at");
        Files.writeString(dir.resolve("folder/.hidden/c.txt"), BODY + BODY);
        Path single = Files.writeString(dir.resolve("single.txt"), BODY + BODY);
        List<Path> inputs = List.of(dir.resolve("folder"), single, dir.resolve("missing.txt"));
        long total = Files.size(a) + Files.size(b) + Files.size(single);
        assertThat(Inputs.totalBytes(inputs)).isEqualTo(total);

        List<String> calls = new ArrayList<>();
        Inputs.read(inputs, Inputs.defaultReaders(), new CollectingSink(), new InputProgress() {
            @Override
            public void fileStarted(Path file, long bytes) {
                calls.add("start " + file.getFileName() + " " + bytes);
            }

            @Override
            public void fileFinished(Path file, long bytes) {
                calls.add("end " + file.getFileName() + " " + bytes);
            }
        });
        assertThat(calls).containsExactly("start a.txt " + Files.size(a), "end a.txt " + Files.size(a),
                "start b.md " + Files.size(b), "end b.md " + Files.size(b),
                "start single.txt " + Files.size(single), "end single.txt " + Files.size(single));
    }

    @Test
    void offersPlainTextAndJsonLinesReadersByDefault() {
        assertThat(Inputs.defaultReaders()).hasExactlyElementsOfTypes(PlainTextReader.class, JsonLinesReader.class);
    }

    private static CollectingSink read(Path... inputs) {
        CollectingSink sink = new CollectingSink();
        Inputs.read(List.of(inputs), sink);
        return sink;
    }
}
