package parley.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import parley.core.json.Json;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Reads JSON Lines article records ({@code .jsonl}, {@code .ndjson}), one JSON object a line, as
 * in FORMAT.md "Articles in":
 * <pre>{"id": "dev-007", "url": "https://...", "source": "unn.ua", "published": "2025-06-02",
 *  "title": "...", "text": "...", "lang": "en"}</pre>
 * Only {@code text} is required. A missing {@code id} becomes a stable hash of url and text; a
 * record's {@code published} (ISO date or date-time) wins over the date found in the text; a
 * missing {@code title} is taken from the text. Furniture is always found in the text.
 *
 * <p>The file is streamed line by line; a bad line is skipped with origin {@code path#line} and
 * reason {@code bad-json}, {@code missing-text}, {@code empty} or {@code too-large}, and the next
 * lines are still read. Blank lines are ignored. A {@code published} value that is not a date is
 * ignored, and the date found in the text is used instead.
 */
public final class JsonLinesReader implements ArticleReader {
    /** Lines longer than this (in characters) are skipped without being held in memory. */
    public static final int DEFAULT_MAX_LINE_CHARS = 10 * 1024 * 1024;

    private final int maxLineChars;
    /** Trailing tokens fail: two records glued on one line are a broken line, not one record. */
    private final ObjectReader mapper = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final PlainTextAnalyzer analyzer = new PlainTextAnalyzer();

    /** A reader with the {@link #DEFAULT_MAX_LINE_CHARS} limit. */
    public JsonLinesReader() {
        this(DEFAULT_MAX_LINE_CHARS);
    }

    /** A reader that skips records longer than {@code maxLineChars} characters. */
    public JsonLinesReader(int maxLineChars) {
        if (maxLineChars <= 0) {
            throw new IllegalArgumentException("maxLineChars must be positive, got " + maxLineChars);
        }
        this.maxLineChars = maxLineChars;
    }

    @Override
    public boolean canRead(Path path) {
        return InputFiles.hasExtension(path, ".jsonl", ".ndjson");
    }

    @Override
    public void read(Path path, ReadSink sink) {
        String origin = path.toString();
        // Broken UTF-8 inside one record must not end the file: it becomes U+FFFD in that record.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            BoundedLines lines = new BoundedLines(in, maxLineChars);
            String line;
            while ((line = lines.next()) != null) {
                String lineOrigin = origin + "#" + lines.number();
                if (lines.overflowed()) {
                    sink.skipped(new SkippedInput(lineOrigin, "too-large",
                            "the record is longer than " + maxLineChars + " characters"));
                    continue;
                }
                if (lines.number() == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    record(line, lineOrigin, sink);
                }
            }
        } catch (IOException e) {
            sink.skipped(InputFiles.unreadable(origin, e));
        }
    }

    private void record(String line, String origin, ReadSink sink) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException | RuntimeException e) {
            sink.skipped(new SkippedInput(origin, "bad-json", "the line is not valid JSON: " + firstLine(e.getMessage())));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.skipped(new SkippedInput(origin, "bad-json", "the line is JSON but not an object"));
            return;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            sink.skipped(new SkippedInput(origin, "missing-text", "the record has no \"text\" string"));
            return;
        }
        String text = textNode.asText();
        if (text.chars().allMatch(c -> LineShape.isSpaceLike((char) c))) {
            sink.skipped(new SkippedInput(origin, "empty", "the record's text is empty or white space"));
            return;
        }
        String url = string(node, "url");
        TextAnalysis analysis = analyzer.analyze(text);
        LocalDate published = PublishedDates.parse(string(node, "published"));
        String title = string(node, "title");
        String id = string(node, "id");
        sink.article(new Article(
                id != null ? id : ArticleIds.hash(url, text),
                url,
                string(node, "source"),
                published != null ? published : analysis.published(),
                title != null ? title : analysis.title(),
                text,
                string(node, "lang"),
                origin,
                analysis.furniture()));
    }

    /** A non-blank scalar field as text (numbers included, for numeric ids), else null. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Reads lines without ever holding more than {@code max} characters of one line. */
    private static final class BoundedLines {
        private final Reader in;
        private final int max;
        private int number;
        private boolean overflowed;
        private boolean ended;

        BoundedLines(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its terminator, or null at the end of input. */
        String next() throws IOException {
            if (ended) {
                return null;
            }
            StringBuilder line = new StringBuilder();
            overflowed = false;
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (line.length() < max) {
                    line.append((char) c);
                } else {
                    overflowed = true;
                }
            }
            if (c == -1) {
                ended = true;
                if (line.isEmpty() && !overflowed) {
                    return null;
                }
            }
            number++;
            int length = line.length();
            if (length > 0 && line.charAt(length - 1) == '\r') {
                line.setLength(length - 1);
            }
            return line.toString();
        }

        int number() {
            return number;
        }

        boolean overflowed() {
            return overflowed;
        }
    }
}
