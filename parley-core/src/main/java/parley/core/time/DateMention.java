package parley.core.time;

/**
 * A date expression found in a sentence and what it resolves to.
 *
 * @param start     offset of the first character of the expression in the sentence given to
 *                  {@link DateResolver#find}, including a leading preposition ("on May 21")
 * @param end       offset just past its last character
 * @param text      the expression as written, {@code sentence.substring(start, end)}
 * @param value     the ISO value at the precision the text supports ({@code 2025-05-21},
 *                  {@code 2025-W21}, {@code 2025-05}, {@code 2025}), or null when the expression
 *                  needs a reference date that is unknown ("on Monday" with no publication date)
 * @param precision the precision of the expression; set even when {@code value} is null
 * @param relative  whether the value depends on the publication or focus date rather than only on
 *                  the text ("May 21" takes its year from outside; "May 21, 2025" does not)
 */
public record DateMention(int start, int end, String text, String value, Precision precision,
                          boolean relative) {

    public DateMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("mention needs 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("mention text must span [" + start + ", " + end + "), got " + text);
        }
        if (precision == null) {
            throw new IllegalArgumentException("mention precision must be set for " + text);
        }
        if (value != null && !precision.shapes(value)) {
            throw new IllegalArgumentException("mention value " + value + " is not written at " + precision);
        }
        if (value != null) {
            DateRange.of(value);
        }
    }

    /** Whether the expression was resolved to a date. */
    public boolean resolved() {
        return value != null;
    }

    /** The days the value covers, or null when unresolved. */
    public DateRange range() {
        return value == null ? null : DateRange.of(value);
    }
}
