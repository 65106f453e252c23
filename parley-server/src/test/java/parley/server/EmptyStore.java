package parley.server;

import java.util.List;
import java.util.Optional;
import parley.core.store.EventQuery;
import parley.core.store.EventStore;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/** A store with nothing in it that refuses writes; for tests that need no workspace. */
class EmptyStore implements EventStore {
    @Override
    public boolean contains(String articleId) {
        return false;
    }

    @Override
    public boolean save(CodedArticle coded) {
        throw new UnsupportedOperationException("the empty store takes no articles");
    }

    @Override
    public void recordSkipped(SkippedInput skipped) {
        throw new UnsupportedOperationException("the empty store takes no skipped inputs");
    }

    @Override
    public Optional<Article> article(String id) {
        return Optional.empty();
    }

    @Override
    public List<Article> articles() {
        return List.of();
    }

    @Override
    public List<Event> events(EventQuery query) {
        return List.of();
    }

    @Override
    public List<Quote> quotes(EventQuery query) {
        return List.of();
    }

    @Override
    public List<SkippedInput> skipped() {
        return List.of();
    }

    @Override
    public void close() {
    }
}
