package parley.core.store;

import java.util.Locale;
import parley.model.Article;

/**
 * A syndicated copy: an article read again (from another site, a feed, a second crawl) whose text
 * is the same as, or nearly the same as, that of a stored article. The copy is not stored as an
 * article; this record says where it was found and which stored article it copies.
 *
 * <pre>{@code
 * store.recordSyndication(Syndication.of(copy, "reuters-17", Syndication.Kind.NEAR, 0.82));
 * // the copy is not coded: corroboration counts reuters-17's outlet once
 * }</pre>
 *
 * @param articleId  the id of the stored (canonical) article
 * @param copyId     the copy's own article id
 * @param origin     the input the copy was read from (path, path#record), or null
 * @param url        the copy's URL, or null
 * @param source     the copy's outlet, or null
 * @param similarity estimated Jaccard similarity of the two texts, in [0, 1]; 1.0 for exact copies
 * @param kind       how the copy was found
 */
public record Syndication(String articleId, String copyId, String origin, String url, String source,
                          double similarity, Kind kind) {
    /** How a copy was recognised. */
    public enum Kind {
        /** The same text after normalising case, punctuation and spacing. */
        EXACT,
        /** Similar word shingles (MinHash estimate at or above the duplicate threshold). */
        NEAR;

        /** The kind named {@code name}, in any case. */
        public static Kind of(String name) {
            if (name == null) {
                throw new IllegalArgumentException("syndication kind must be EXACT or NEAR, got null");
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("syndication kind must be EXACT or NEAR, got '" + name + "'", e);
            }
        }
    }

    public Syndication {
        if (articleId == null || articleId.isBlank() || copyId == null || copyId.isBlank()) {
            throw new IllegalArgumentException("article id and copy id must be non-blank, got '" + articleId
                    + "', '" + copyId + "'");
        }
        if (articleId.equals(copyId)) {
            throw new IllegalArgumentException("an article is not a copy of itself: " + copyId);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
        if (kind == null) {
            throw new IllegalArgumentException("syndication kind must not be null (copy " + copyId + ")");
        }
    }

    /** The syndication of {@code copy} as a copy of the stored article {@code articleId}. */
    public static Syndication of(Article copy, String articleId, Kind kind, double similarity) {
        if (copy == null) {
            throw new IllegalArgumentException("copy must not be null");
        }
        return new Syndication(articleId, copy.id(), copy.origin(), copy.url(), copy.source(), similarity, kind);
    }
}
