package parley.core.workspace;

import java.util.Optional;

/**
 * Tells whether an article's text is a copy of one seen before: the same text, or nearly the same
 * (another site's header and footer, a few words changed). Implementations must be safe for use
 * by several threads.
 */
public interface DuplicateDetector {
    /** The earlier article that {@code text} duplicates, other than {@code articleId} itself. */
    Optional<DuplicateMatch> match(String articleId, String text);

    /** Remembers {@code text} under {@code articleId}; adding the same id again changes nothing. */
    void add(String articleId, String text);

    /** A detector that finds no duplicates (every article is coded). */
    static DuplicateDetector none() {
        return new DuplicateDetector() {
            @Override
            public Optional<DuplicateMatch> match(String articleId, String text) {
                return Optional.empty();
            }

            @Override
            public void add(String articleId, String text) {
            }
        };
    }
}
