package parley.core.coding;

import java.util.List;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;

/**
 * Codes the events of one annotated article (CODEBOOK.md). Implementations are stateless and
 * thread-safe: everything that belongs to one article lives in local state of {@link #code}.
 */
public interface EventCoder {
    /**
     * The events of the article, in text order, with ids {@code <doc>#<n>}.
     *
     * @param quotes the article's quotes ({@link QuoteExtractor}): who says the acts told inside them
     */
    List<Event> code(Article article, AnnotatedText text, List<Quote> quotes);
}
