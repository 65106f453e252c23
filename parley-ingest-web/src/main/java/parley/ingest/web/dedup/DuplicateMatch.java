package parley.ingest.web.dedup;

/**
 * An earlier article that a new one duplicates.
 *
 * @param duplicateOf the earlier article's id
 * @param kind        {@link Kind#EXACT} (same normalised text) or {@link Kind#NEAR} (similar signatures)
 * @param similarity  the estimated Jaccard similarity (1.0 for exact duplicates)
 */
public record DuplicateMatch(String duplicateOf, Kind kind, double similarity) {
    /** How the duplicate was found. */
    public enum Kind { EXACT, NEAR }

    public DuplicateMatch {
        if (duplicateOf == null || duplicateOf.isBlank() || kind == null) {
            throw new IllegalArgumentException("duplicateOf and kind are required, got " + duplicateOf + ", " + kind);
        }
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }
}
