package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Article;
import parley.model.SkippedInput;

/** Plain-text files, including hostile ones: none may throw, each bad one is skipped with a reason. */
class PlainTextReaderTest {
    private static final String ARTICLE = "26 May 2025\n\nRussia Rejects Ceasefire Initiative at Istanbul Meeting\n\n"
            + "On May 16, Ukrainian and Russian negotiators met in Istanbul for their first direct talks since 2022.\n";

    @TempDir
    Path dir;

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void readsAnArticleWithIdTitleDateAndUnchangedText() throws IOException {
        Path file = write("socor-2025-05-26.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Article article = read(file).only();
        assertThat(article.id()).isEqualTo("socor-2025-05-26");
        assertThat(article.title()).isEqualTo("Russia Rejects Ceasefire Initiative at Istanbul Meeting");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(article.text()).isEqualTo(ARTICLE);
        assertThat(article.origin()).isEqualTo(file.toString());
        assertThat(article.lang()).isNull();
    }

    @Test
    void readsTxtAndTextExtensionsInAnyCaseUnderATurkishLocale() {
        assertThat(reader.canRead(Path.of("A.TXT"))).isTrue();
        assertThat(reader.canRead(Path.of("NOTICIA.TEXT"))).isTrue();
        assertThat(reader.canRead(Path.of("article.html"))).isFalse();
        assertThat(reader.canRead(Path.of("README"))).isFalse();
    }

    @Test
    void skipsAnEmptyFileAsEmpty() throws IOException {
        assertThat(read(write("empty.txt", new byte[0])).onlySkip().reason()).isEqualTo("empty");
    }

    @Test
    void skipsAFileOfWhiteSpaceAndInvisibleCharactersAsEmpty() throws IOException {
        byte[] bytes = " \t\n\r\n\u00A0\u200B\u200F\uFEFF\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("blank.txt", bytes)).onlySkip().reason()).isEqualTo("empty");
    }

    @Test
    void skipsRandomBinaryBytesAsBinary() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        SkippedInput skip = read(write("noise.txt", bytes)).onlySkip();
        assertThat(skip.reason()).isEqualTo("binary");
        assertThat(skip.detail()).isNotBlank();
    }

    @Test
    void skipsAnImageNamedTxtAndSaysWhatItIs() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        SkippedInput skip = read(write("photo.txt", png)).onlySkip();
        assertThat(skip.reason()).isEqualTo("binary");
        assertThat(skip.detail()).contains("PNG");
    }

    @Test
    void skipsTextWithANulCharacterAsBinary() throws IOException {
        byte[] bytes = (ARTICLE + "\u0000 trailing").getBytes(StandardCharsets.UTF_8);
        assertThat(read(write("nul.txt", bytes)).onlySkip().reason()).isEqualTo("binary");
    }

    @Test
    void skipsTextFullOfControlCharactersAsBinary() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("ab\u0001\u0002\u001B");
        }
        assertThat(read(write("control.txt", text.toString().getBytes(StandardCharsets.UTF_8))).onlySkip().reason())
                .isEqualTo("binary");
    }

    @Test
    void skipsATwentyMegabyteFileAsTooLargeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(20L * 1024 * 1024);
        }
        SkippedInput skip = read(file).onlySkip();
        assertThat(skip.reason()).isEqualTo("too-large");
        assertThat(skip.detail()).contains(Long.toString(20L * 1024 * 1024));
    }

    @Test
    void skipsMostlyInvalidUtf8AsEncoding() throws IOException {
        byte[] bytes = new byte[2000];
        Random random = new Random(11);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x40));
        }
        assertThat(read(write("latin.txt", bytes)).onlySkip().reason()).isEqualTo("encoding");
    }

    @Test
    void keepsAnArticleWithAFewInvalidUtf8BytesReplaced() throws IOException {
        byte[] good = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        Article article = read(write("one-bad-byte.txt", bytes)).only();
        assertThat(article.text()).isEqualTo(ARTICLE + "\uFFFD");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 26));
    }

    @Test
    void keepsOddUnicodeExactlyAsWritten() throws IOException {
        String text = "\u200F26 May 2025\n\u200DRussia Rejects Ceasefire Initiative 🇺🇦\n\n"
                + "Zelenskyy\u0301 said 👨\u200D👩\u200D👧 Ukraine was ready, اوكرانيا \u202Eoll\u202C, on Tuesday in Jeddah.\r\n";
        Article article = read(write("unicode.txt", text.getBytes(StandardCharsets.UTF_8))).only();
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Russia Rejects Ceasefire Initiative 🇺🇦");
        SpanChecks.assertWellFormed(text, article.furniture());
    }

    @Test
    void stripsALeadingByteOrderMarkAndKeepsOffsetsIntoTheStrippedText() throws IOException {
        Article article = read(write("bom.txt", ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_8))).only();
        assertThat(article.text()).isEqualTo(ARTICLE);
        assertThat(article.furniture().get(0).start()).isZero();
    }

    @Test
    void decodesUtf16WithAByteOrderMark() throws IOException {
        Article article = read(write("utf16.txt", ARTICLE.getBytes(StandardCharsets.UTF_16))).only();
        assertThat(article.text()).isEqualTo(ARTICLE);
    }

    @Test
    void analysesCarriageReturnLineFeedFilesWithOffsetsIntoTheirText() throws IOException {
        String crlf = ARTICLE.replace("\n", "\r\n");
        Article article = read(write("windows.txt", crlf.getBytes(StandardCharsets.UTF_8))).only();
        assertThat(article.text()).isEqualTo(crlf);
        assertThat(article.furniture()).extracting(span -> crlf.substring(span.start(), span.end()))
                .containsExactly("26 May 2025", "Russia Rejects Ceasefire Initiative at Istanbul Meeting");
    }

    @Test
    void skipsAFileWithoutReadPermissionAsUnreadable() throws IOException {
        Path file = write("secret.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything (root)");
            assertThat(read(file).onlySkip().reason()).isEqualTo("unreadable");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void skipsAVanishedFileAsNotFound() {
        assertThat(read(dir.resolve("gone.txt")).onlySkip().reason()).isEqualTo("not-found");
    }

    @Test
    void usesAHashIdForAFileNamedOnlyByItsExtension() throws IOException {
        Article article = read(write(".txt", ARTICLE.getBytes(StandardCharsets.UTF_8))).only();
        assertThat(article.id()).matches("[0-9a-f]{16}");
    }

    @Test
    void rejectsANonPositiveSizeLimit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlainTextReader(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void appliesAConfiguredSizeLimit() throws IOException {
        Path file = write("small.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = new CollectingSink();
        new PlainTextReader(10).read(file, sink);
        assertThat(sink.onlySkip().reason()).isEqualTo("too-large");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private CollectingSink read(Path file) {
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        return sink;
    }

    static List<String> reasons(CollectingSink sink) {
        return sink.skipped.stream().map(SkippedInput::reason).toList();
    }
}
