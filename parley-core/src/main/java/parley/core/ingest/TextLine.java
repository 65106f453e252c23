package parley.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an article's text. {@code start}/{@code end} bound the line's characters in the
 * article text (without the line break); {@code clean} is the trimmed line with invisible
 * characters normalised, used only for deciding what the line is.
 */
record TextLine(int index, int start, int end, String clean) {

    /** Splits {@code text} at \n, \r\n and \r, keeping exact offsets into {@code text}. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(of(lines.size(), text, start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(of(lines.size(), text, start, length));
        }
        return lines;
    }

    private static TextLine of(int index, String text, int start, int end) {
        return new TextLine(index, start, end, LineShape.clean(text.substring(start, end)));
    }

    boolean blank() {
        return clean.isEmpty();
    }

    /**
     * The span of the visible content: the line without leading and trailing white space, so a
     * furniture span never swallows the line break or indentation.
     */
    int contentStart(String text) {
        int i = start;
        while (i < end && LineShape.isSpaceLike(text.charAt(i))) {
            i++;
        }
        return i;
    }

    int contentEnd(String text) {
        int i = end;
        while (i > start && LineShape.isSpaceLike(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
