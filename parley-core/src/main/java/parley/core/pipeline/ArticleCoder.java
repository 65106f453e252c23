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
import parley.model.nlp.Sentence;

/**
 * The coding pipeline for one article, stage after stage: annotate the body (furniture blanked;
 * only the sentences the {@link ParseCascade} picks are parsed), extract quotes, code events (with
 * who says what). Stateless and thread-safe when its stages are; times every stage into
 * {@link StageTimes} and counts the sentences annotated and parsed.
 *
 * <pre>{@code
 * ArticleCoder coder = new ArticleCoder(annotator, cascade, eventCoder, quoteExtractor, new StageTimes());
 * CodedArticle coded = coder.code(article);
 * }</pre>
 */
public final class ArticleCoder {
    private final Annotator annotator;
    private final ParseCascade cascade;
    private final EventCoder events;
    private final QuoteExtractor quotes;
    private final StageTimes times;

    public ArticleCoder(Annotator annotator, ParseCascade cascade, EventCoder events, QuoteExtractor quotes,
                        StageTimes times) {
        if (annotator == null || cascade == null || events == null || quotes == null || times == null) {
            throw new IllegalArgumentException("every stage of the coding pipeline is required");
        }
        this.annotator = annotator;
        this.cascade = cascade;
        this.events = events;
        this.quotes = quotes;
        this.times = times;
    }

    public CodedArticle code(Article article) {
        AnnotatedText annotated = annotate(article);
        StageTimes.Mark annotatedAt = StageTimes.mark();
        List<Quote> quoted = quotes.extract(article, annotated);
        StageTimes.Mark quotedAt = times.add("extract quotes", annotatedAt);
        List<Event> coded = events.code(article, annotated, quoted);
        times.add("code events", quotedAt);
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

    /** The annotation stage alone: the body text, parsed where the cascade says (timed and counted). */
    public AnnotatedText annotate(Article article) {
        StageTimes.Mark start = StageTimes.mark();
        AnnotatedText annotated = annotator.annotate(article.bodyText(), cascade.filter(article));
        times.add("annotate", start);
        long parsed = 0;
        long sentences = 0;
        for (Sentence sentence : annotated.sentences()) {
            if (!sentence.tokens().isEmpty()) {
                sentences++;
                parsed += sentence.parsed() ? 1 : 0;
            }
        }
        times.count("sentences", sentences);
        times.count("sentences parsed", parsed);
        return annotated;
    }

    public StageTimes times() {
        return times;
    }
}
