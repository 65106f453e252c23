package parley.core.store;

import java.util.List;
import java.util.Optional;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * The workspace: articles with their events and quotes, and skipped inputs. An article is written
 * with all its events and quotes in one transaction, so a killed run never leaves half an article.
 */
public interface EventStore extends AutoCloseable {
    /** Whether an article with this id is already stored (then it is not coded again). */
    boolean contains(String articleId);

    /**
     * Stores the article, its events and its quotes atomically.
     *
     * @return false when the article was already stored (nothing is written twice)
     */
    boolean save(CodedArticle coded);

    /** Records an input that was skipped; the same origin and reason are recorded once. */
    void recordSkipped(SkippedInput skipped);

    Optional<Article> article(String id);

    List<Article> articles();

    /** Events matching the query, ordered by article then position in the article. */
    List<Event> events(EventQuery query);

    /** Quotes whose speaker code is among the query's actors (if any), with date bounds. */
    List<Quote> quotes(EventQuery query);

    List<SkippedInput> skipped();

    @Override
    void close();
}
