package parley.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parley.core.coding.ArticleCandidates;
import parley.core.coding.EventFilter;
import parley.core.coding.EventProposer;
import parley.core.eval.GoldDocument;
import parley.model.Event;

/**
 * k-fold cross-validation by article: the articles with gold are split into k folds (sorted by id,
 * dealt round-robin, so the split is the same on every run); each fold is coded with the learned
 * parts fitted on the other k-1 folds only. The events of all folds together are what gets scored.
 */
public final class CrossValidation {
    private final Learner learner;
    private final int folds;

    /** Fits the learned parts on some articles; a part it does not fit is null. */
    public interface Learner {
        /** The filter and proposer fitted on these gold articles. */
        Fitted fit(List<ArticleCandidates> articles, Map<String, GoldDocument> gold);
    }

    /** The learned parts fitted on a training fold; either may be null (not used). */
    public record Fitted(EventFilter filter, EventProposer proposer) {
    }

    public CrossValidation(Learner learner, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        this.learner = learner;
        this.folds = folds;
    }

    /** A learner of the filter and proposer with these settings; either threshold NaN leaves that part out. */
    public static Learner learner(double filterCost, double filterThreshold, double proposerCost, double proposerThreshold) {
        return (articles, gold) -> new Fitted(
                Double.isNaN(filterThreshold) ? null
                        : new FilterTrainer(filterCost).train(TrainingSet.of(articles, gold), filterThreshold),
                Double.isNaN(proposerThreshold) ? null
                        : new ProposerTrainer(proposerCost).train(ProposerTrainer.sentences(articles, gold), proposerThreshold));
    }

    /** The fold of each article with gold, 0 to k-1. */
    public Map<String, Integer> folds(Set<String> docs) {
        Map<String, Integer> fold = new LinkedHashMap<>();
        int i = 0;
        for (String doc : new TreeSet<>(docs)) {
            fold.put(doc, i++ % folds);
        }
        return fold;
    }

    /**
     * The events of every article, each coded with the learned parts fitted on the folds it is not
     * in. Articles without gold are coded with parts fitted on all gold articles.
     */
    public Map<String, List<Event>> run(Map<String, ArticleCandidates> articles, Map<String, GoldDocument> gold) {
        Set<String> withGold = new HashSet<>(articles.keySet());
        withGold.retainAll(gold.keySet());
        if (withGold.size() < folds) {
            throw new IllegalArgumentException(folds + " folds need at least as many articles with gold; got " + withGold.size());
        }
        Map<String, Integer> fold = folds(withGold);
        Map<String, List<Event>> events = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            List<ArticleCandidates> training = new ArrayList<>();
            for (Map.Entry<String, ArticleCandidates> article : articles.entrySet()) {
                Integer f = fold.get(article.getKey());
                if (f != null && f != k) {
                    training.add(article.getValue());
                }
            }
            Fitted fitted = learner.fit(training, gold);
            for (Map.Entry<String, ArticleCandidates> article : articles.entrySet()) {
                if (Integer.valueOf(k).equals(fold.get(article.getKey()))) {
                    events.put(article.getKey(), article.getValue().finish(fitted.filter(), fitted.proposer()));
                }
            }
        }
        List<ArticleCandidates> all = new ArrayList<>();
        articles.forEach((doc, candidates) -> {
            if (withGold.contains(doc)) {
                all.add(candidates);
            }
        });
        Fitted full = null;
        for (Map.Entry<String, ArticleCandidates> article : articles.entrySet()) {
            if (!events.containsKey(article.getKey())) {
                full = full != null ? full : learner.fit(all, gold);
                events.put(article.getKey(), article.getValue().finish(full.filter(), full.proposer()));
            }
        }
        return events;
    }
}
