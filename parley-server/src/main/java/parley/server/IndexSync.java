package parley.server;

import parley.core.store.EventStore;
import parley.search.SearchIndex;

/**
 * Keeps the search index in step with the store. The index records the stored position of the
 * last article it holds ({@link SearchIndex#commit(long)}); catching up indexes the articles
 * stored after it, a few at a time, without reading the rest of the workspace. When the counts
 * still differ afterwards (an index from another workspace, or articles that several writers
 * committed out of order), the index is rebuilt from the store.
 */
public final class IndexSync {
    private IndexSync() {
    }

    /**
     * Indexes what the store holds and the index does not.
     *
     * @return how many articles were indexed, 0 when the index was already current
     */
    public static synchronized int ensureCurrent(EventStore store, SearchIndex index) {
        long stored = store.summary().articles();
        if (index.articleCount() == stored) {
            return 0;
        }
        int[] indexed = {0};
        long[] last = {index.articleCount() == 0 ? 0 : index.lastOrder()};
        if (last[0] > 0 || index.articleCount() == 0) {
            store.forEachCoded(last[0], article -> {
                index.index(article.coded());
                last[0] = article.order();
                indexed[0]++;
            });
            index.commit(last[0]);
        }
        if (index.articleCount() != store.summary().articles()) {
            index.clear();
            indexed[0] = 0;
            store.forEachCoded(0, article -> {
                index.index(article.coded());
                last[0] = article.order();
                indexed[0]++;
            });
            index.commit(last[0]);
        }
        return indexed[0];
    }
}
