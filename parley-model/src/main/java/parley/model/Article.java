package parley.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as read. {@code text} is the text as the program read it: evidence and quote
 * offsets point into it. {@code furniture} marks the parts that are not the article's own body
 * (date lines, the headline, navigation, captions, related headlines), which are never coded.
 *
 * @param id        stable identifier (file name without extension, record id, or a hash)
 * @param url       where it came from, or null
 * @param source    outlet or site, or null
 * @param published publication date, or null when unknown
 * @param title     headline, or null
 * @param text      full text; offsets refer to it
 * @param lang      ISO 639-1 language code, or null when unknown
 * @param origin    the input it was read from (path, path#line), for messages
 * @param furniture spans of {@code text} that are not body
 */
public record Article(String id, String url, String source, LocalDate published, String title,
                      String text, String lang, String origin, List<Span> furniture) {
    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must be non-blank, got '" + id + "'");
        }
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null (id " + id + ")");
        }
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }

    /** True when {@code [from, to)} overlaps any furniture span. */
    public boolean isFurniture(int from, int to) {
        for (Span span : furniture) {
            if (span.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every furniture span blanked out (newlines kept), the same length as
     * {@code text}: what is annotated and coded, so offsets stay valid.
     */
    public String bodyText() {
        if (furniture.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Span span : furniture) {
            for (int i = span.start(); i < Math.min(span.end(), chars.length); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, url, source, date, title, text, lang, origin, furniture);
    }
}
