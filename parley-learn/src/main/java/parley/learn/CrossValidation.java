package parley.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import parley.core.coding.ArticleCandidates;
import parley.core.coding.LinearEventFilter;
import parley.core.eval.GoldDocument;
import parley.model.Event;

/**
 * k-fold cross-validation by article: the articles with gold are split into k folds (sorted by id,
 * dealt round-robin, so the split is the same on every run); each fold is coded with a filter
 * fitted on the other k-1 folds only. The events of all folds together are what gets scored.
 */
public final class CrossValidation {
    private final FilterTrainer trainer;
    private final int folds;
    private final double threshold;

    public CrossValidation(FilterTrainer trainer, int folds, double threshold) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        this.trainer = trainer;
        this.folds = folds;
        this.threshold = threshold;
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
     * The events of every article, each coded with the filter fitted on the folds it is not in.
     * Articles without gold are coded with a filter fitted on all gold articles.
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
            LinearEventFilter filter = trainer.train(TrainingSet.of(training, gold), threshold);
            for (Map.Entry<String, ArticleCandidates> article : articles.entrySet()) {
                if (Integer.valueOf(k).equals(fold.get(article.getKey()))) {
                    events.put(article.getKey(), article.getValue().finish(filter));
                }
            }
        }
        List<ArticleCandidates> all = new ArrayList<>();
        articles.forEach((doc, candidates) -> {
            if (withGold.contains(doc)) {
                all.add(candidates);
            }
        });
        LinearEventFilter full = null;
        for (Map.Entry<String, ArticleCandidates> article : articles.entrySet()) {
            if (!events.containsKey(article.getKey())) {
                full = full != null ? full : trainer.train(TrainingSet.of(all, gold), threshold);
                events.put(article.getKey(), article.getValue().finish(full));
            }
        }
        return events;
    }
}
