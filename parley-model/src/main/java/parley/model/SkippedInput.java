package parley.model;

/**
 * An input that could not be read as an article, and why. Bad input is never dropped silently:
 * every skip becomes one of these and is shown to the user and stored.
 *
 * @param origin path (and record number) of the input
 * @param reason short machine-friendly reason, e.g. {@code empty}, {@code binary}, {@code unreadable}
 * @param detail a sentence a person can act on
 */
public record SkippedInput(String origin, String reason, String detail) {
    public SkippedInput {
        if (origin == null || reason == null) {
            throw new IllegalArgumentException("origin and reason are required, got " + origin + ", " + reason);
        }
    }
}
