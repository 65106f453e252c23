package parley.model;

/** A half-open character range {@code [start, end)} of an article's text, with why it is marked. */
public record Span(int start, int end, String reason) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int from, int to) {
        return from < end && to > start;
    }
}
