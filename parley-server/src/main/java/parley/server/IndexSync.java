package parley.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.store.EventQuery;
import parley.core.store.EventStore;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.search.SearchIndex;

/**
 * Keeps the search index in step with the store when a server starts on a workspace: an index
 * that is missing, or holds another number of articles than the store, is rebuilt from the store.
 * (Articles are only ever added, one transaction each, so the count tells whether it is behind.)
 */
public final class IndexSync {
    private IndexSync() {
    }

    /**
     * Rebuilds {@code index} from {@code store} when their article counts differ.
     *
     * @return how many articles were indexed, 0 when the index was already current
     */
    public static int ensureCurrent(EventStore store, SearchIndex index) {
        List<Article> articles = store.articles();
        if (index.articleCount() == articles.size()) {
            return 0;
        }
        List<CodedArticle> coded = coded(store, articles);
        index.rebuild(coded);
        return coded.size();
    }

    /** Every stored article with its events and quotes, in store order. */
    static List<CodedArticle> coded(EventStore store, List<Article> articles) {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        for (Event event : store.events(EventQuery.all())) {
            events.computeIfAbsent(event.doc(), doc -> new ArrayList<>()).add(event);
        }
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        for (Quote quote : store.quotes(EventQuery.all())) {
            quotes.computeIfAbsent(quote.doc(), doc -> new ArrayList<>()).add(quote);
        }
        List<CodedArticle> coded = new ArrayList<>();
        for (Article article : articles) {
            coded.add(new CodedArticle(article, events.getOrDefault(article.id(), List.of()),
                    quotes.getOrDefault(article.id(), List.of())));
        }
        return coded;
    }
}
