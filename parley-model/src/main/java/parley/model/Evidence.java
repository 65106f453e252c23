package parley.model;

/** The sentence an event was read from, with its character offsets in the article text. */
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        if (sentence == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets [" + start + ", " + end + ")");
        }
    }
}
