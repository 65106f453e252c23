package parley.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import parley.core.actors.ActorDictionary;
import parley.core.coding.ArticleCandidates;
import parley.core.coding.CodingLexicon;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.RuleBasedEventCoder;
import parley.core.nlp.Annotator;
import parley.core.nlp.ParseFilter;
import parley.model.Article;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.model.nlp.AnnotatedText;
import parley.pipeline.Parley;

/**
 * Codes articles up to the learned filter: the acts the rules find, with their features, and the
 * quotes. What {@code parley train} learns from and {@code parley eval --folds} cross-validates.
 * Articles are coded on {@code threads} threads; results keep the input order.
 *
 * <p>Every sentence is parsed: the learned parts learn from every sentence (the proposer from each
 * one's sketch), and the NLP cascade, which is derived from the models in use, cannot know the
 * models these commands fit.
 */
final class CandidateCoding {
    /** What was coded: candidates and quotes by article id, in input order, and what was skipped. */
    record Result(Map<String, ArticleCandidates> candidates, Map<String, List<Quote>> quotes, List<SkippedInput> skipped) {
    }

    private record Coded(ArticleCandidates candidates, List<Quote> quotes) {
    }

    private CandidateCoding() {
    }

    static Result code(ReadResult read, ActorDictionary actors, Annotator annotator, int threads) {
        RuleBasedEventCoder rules = Parley.eventCoder(actors, null, null);
        QuoteExtractor quoteExtractor = new QuoteExtractor(actors, CodingLexicon.loadDefault());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<Coded>> pending = new ArrayList<>();
        for (Article article : read.articles()) {
            pending.add(pool.submit(() -> {
                AnnotatedText text = annotator.annotate(article.bodyText(), ParseFilter.ALL);
                List<Quote> articleQuotes = quoteExtractor.extract(article, text);
                return new Coded(rules.candidates(article, text, articleQuotes), articleQuotes);
            }));
        }
        Map<String, ArticleCandidates> candidates = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        List<SkippedInput> skipped = new ArrayList<>(read.skipped());
        try {
            for (int i = 0; i < pending.size(); i++) {
                Article article = read.articles().get(i);
                try {
                    Coded coded = pending.get(i).get();
                    candidates.put(article.id(), coded.candidates());
                    quotes.put(article.id(), coded.quotes());
                } catch (ExecutionException e) {
                    skipped.add(new SkippedInput(article.origin() == null ? article.id() : article.origin(), "coding failed",
                            String.valueOf(e.getCause())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(candidates, quotes, skipped);
    }
}
