package parley.core.pipeline;

import java.util.List;
import parley.core.coding.EventCoder;
import parley.core.coding.QuoteExtractor;
import parley.core.nlp.Annotator;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.model.nlp.AnnotatedText;

/**
 * The coding pipeline for one article, stage after stage: annotate the body (furniture blanked,
 * the publication date as document date), extract quotes, code events (with who says what). Stateless and thread-safe
 * when its stages are; times every stage into {@link StageTimes}.
 *
 * <pre>{@code
 * ArticleCoder coder = new ArticleCoder(annotator, eventCoder, quoteExtractor, new StageTimes());
 * CodedArticle coded = coder.code(article);
 * }</pre>
 */
public final class ArticleCoder {
    private final Annotator annotator;
    private final EventCoder events;
    private final QuoteExtractor quotes;
    private final StageTimes times;

    public ArticleCoder(Annotator annotator, EventCoder events, QuoteExtractor quotes, StageTimes times) {
        if (annotator == null || events == null || quotes == null || times == null) {
            throw new IllegalArgumentException("every stage of the coding pipeline is required");
        }
        this.annotator = annotator;
        this.events = events;
        this.quotes = quotes;
        this.times = times;
    }

    public CodedArticle code(Article article) {
        long start = System.nanoTime();
        AnnotatedText annotated = annotator.annotate(article.bodyText(), article.published());
        long annotatedAt = System.nanoTime();
        List<Quote> quoted = quotes.extract(article, annotated);
        long quotedAt = System.nanoTime();
        List<Event> coded = events.code(article, annotated, quoted);
        long codedAt = System.nanoTime();
        times.add("annotate", annotatedAt - start);
        times.add("extract quotes", quotedAt - annotatedAt);
        times.add("code events", codedAt - quotedAt);
        return new CodedArticle(article, coded, quoted);
    }

    /**
     * What an article whose coding threw {@code cause} becomes: a skip with reason {@code
     * coding-failed} at the article's origin (its id when it has none), naming the article and the
     * error. The other articles of a run go on.
     */
    public static SkippedInput codingFailed(Article article, Throwable cause) {
        return new SkippedInput(article.origin() == null ? article.id() : article.origin(), "coding-failed",
                "article " + article.id() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    public StageTimes times() {
        return times;
    }
}
