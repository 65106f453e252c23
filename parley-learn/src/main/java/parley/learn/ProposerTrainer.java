package parley.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.core.coding.ArticleCandidates;
import parley.core.coding.LinearEventProposer;
import parley.core.coding.SentenceSketch;
import parley.core.eval.GoldDocument;
import parley.core.eval.SentenceLabel;
import parley.model.EventType;

/**
 * Fits the event proposer: for each type with enough gold sentences, a logistic regression
 * ({@link LogisticRegression}) over the features of every sentence of the gold articles, sentences
 * that are the evidence of a gold event of that type against all others.
 */
public final class ProposerTrainer {
    /** Types with fewer gold sentences than this get no model (and are never proposed). */
    static final int MIN_SENTENCES = 5;

    private final double cost;

    public ProposerTrainer(double cost) {
        if (!(cost > 0)) {
            throw new IllegalArgumentException("cost must be positive, got " + cost);
        }
        this.cost = cost;
    }

    /** A sentence of a gold article and the types of the gold events it is the evidence of. */
    public record LabelledSentence(List<String> features, Set<EventType> types) {
    }

    /** Every sentence of the articles that have gold, labelled. */
    public static List<LabelledSentence> sentences(Collection<ArticleCandidates> articles, Map<String, GoldDocument> gold) {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (ArticleCandidates article : articles) {
            GoldDocument document = gold.get(article.doc());
            if (document == null) {
                continue;
            }
            for (SentenceSketch sentence : article.sentences()) {
                sentences.add(new LabelledSentence(sentence.features(),
                        SentenceLabel.of(sentence.evidence().sentence(), document)));
            }
        }
        return sentences;
    }

    public LinearEventProposer train(List<LabelledSentence> sentences, double threshold) {
        Map<EventType, Map<String, Double>> weights = new EnumMap<>(EventType.class);
        Map<EventType, Double> biases = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            long positive = sentences.stream().filter(s -> s.types().contains(type)).count();
            if (positive < MIN_SENTENCES || positive == sentences.size()) {
                continue;
            }
            List<LogisticRegression.Example> examples = sentences.stream()
                    .map(s -> new LogisticRegression.Example(s.features(), s.types().contains(type))).toList();
            LogisticRegression.Fitted fitted = LogisticRegression.fit(examples, cost);
            weights.put(type, fitted.weights());
            biases.put(type, fitted.bias());
        }
        return new LinearEventProposer(weights, biases, threshold);
    }
}
