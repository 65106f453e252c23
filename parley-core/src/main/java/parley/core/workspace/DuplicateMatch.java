package parley.core.workspace;

import parley.core.store.Syndication;

/**
 * An earlier article that a new one duplicates.
 *
 * @param duplicateOf the earlier article's id
 * @param kind        {@link Syndication.Kind#EXACT} (same normalised text) or {@link Syndication.Kind#NEAR}
 *                    (similar word shingles)
 * @param similarity  the estimated Jaccard similarity (1.0 for exact duplicates)
 */
public record DuplicateMatch(String duplicateOf, Syndication.Kind kind, double similarity) {
    public DuplicateMatch {
        if (duplicateOf == null || duplicateOf.isBlank() || kind == null) {
            throw new IllegalArgumentException("duplicateOf and kind are required, got " + duplicateOf + ", " + kind);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }
}
