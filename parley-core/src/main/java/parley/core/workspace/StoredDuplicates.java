package parley.core.workspace;

import java.util.Optional;
import parley.core.store.EventStore;

/**
 * A duplicate detector that knows every article of a workspace: before its first use it is given
 * the text of each stored article, once, however many ingest runs (requests, commands) share it.
 * The stored texts are read only when a run first needs the detector, never when a workspace is
 * opened or a server starts.
 */
public final class StoredDuplicates implements DuplicateDetector {
    private final EventStore store;
    private final DuplicateDetector detector;
    private volatile boolean seeded;

    private StoredDuplicates(EventStore store, DuplicateDetector detector) {
        this.store = store;
        this.detector = detector;
    }

    /**
     * {@code detector}, taught the stored articles of {@code store} before its first use; a
     * detector this method made for the same store is returned as it is (it is seeded once).
     */
    public static DuplicateDetector of(EventStore store, DuplicateDetector detector) {
        if (store == null || detector == null) {
            throw new IllegalArgumentException("a stored-duplicates detector needs a store and a detector");
        }
        if (detector instanceof StoredDuplicates seeded && seeded.store == store) {
            return seeded;
        }
        return new StoredDuplicates(store, detector);
    }

    @Override
    public Optional<DuplicateMatch> match(String articleId, String text) {
        seed();
        return detector.match(articleId, text);
    }

    @Override
    public void add(String articleId, String text) {
        seed();
        detector.add(articleId, text);
    }

    private void seed() {
        if (!seeded) {
            synchronized (this) {
                if (!seeded) {
                    store.forEachArticle(article -> detector.add(article.id(), article.bodyText()));
                    seeded = true;
                }
            }
        }
    }
}
