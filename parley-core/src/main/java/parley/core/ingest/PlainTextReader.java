package parley.core.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Reads one article from a plain-text file ({@code .txt} or {@code .text}), as in
 * {@code corpus/dev/*.txt}: the id is the file name without extension; title, publication date and
 * page furniture come from {@link PlainTextAnalyzer}. The text is kept exactly as decoded (only a
 * leading byte-order mark is dropped), so offsets into it are offsets into the file's text.
 *
 * <p>Skips, with a reason: {@code empty} (no bytes, or only white space), {@code binary},
 * {@code encoding} (mostly not UTF-8), {@code too-large} (over the size limit, checked before
 * reading), {@code unreadable} (no permission or an I/O error), {@code not-found}.
 */
public final class PlainTextReader implements ArticleReader {
    /** Files above this size are skipped unread: no news article is 10 MB of text. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final PlainTextAnalyzer analyzer = new PlainTextAnalyzer();

    /** A reader with the {@link #DEFAULT_MAX_BYTES} limit. */
    public PlainTextReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that skips files larger than {@code maxBytes}. */
    public PlainTextReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean canRead(Path path) {
        return InputFiles.hasExtension(path, ".txt", ".text");
    }

    @Override
    public void read(Path path, ReadSink sink) {
        String origin = path.toString();
        byte[] bytes = InputFiles.readAll(path, "file", maxBytes, sink);
        if (bytes == null) {
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.skipped()) {
            sink.skipped(new SkippedInput(origin, decoded.reason(), decoded.detail()));
            return;
        }
        String text = decoded.text();
        TextAnalysis analysis = analyzer.analyze(text);
        sink.article(new Article(idOf(path, text), null, null, analysis.published(), analysis.title(), text,
                null, origin, analysis.furniture()));
    }

    /** The file name without its extension; a content hash when that leaves nothing (".txt"). */
    static String idOf(Path path, String text) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        return id.isBlank() || id.startsWith(".") ? ArticleIds.hash(null, text) : id.strip();
    }
}
