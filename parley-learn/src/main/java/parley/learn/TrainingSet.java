package parley.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import parley.core.coding.ArticleCandidates;
import parley.core.eval.CandidateLabel;
import parley.core.eval.GoldDocument;
import parley.model.Event;

/**
 * The acts the rules find on gold articles, labelled by the gold: events that must be coded are
 * positive, acts that pair with no gold event negative; acts that pair only with optional gold
 * events, and acts told as hypothetical or negated (never judged), are left out.
 */
public final class TrainingSet {
    private TrainingSet() {
    }

    /** The labelled acts of every article that has gold, in the order given. */
    public static List<LabelledCandidate> of(Collection<ArticleCandidates> articles, Map<String, GoldDocument> gold) {
        List<LabelledCandidate> examples = new ArrayList<>();
        for (ArticleCandidates article : articles) {
            GoldDocument document = gold.get(article.doc());
            if (document == null) {
                continue;
            }
            for (int i = 0; i < article.events().size(); i++) {
                Event event = article.events().get(i);
                if (!event.asserted()) {
                    continue;
                }
                CandidateLabel label = CandidateLabel.of(event, document);
                if (label != CandidateLabel.OPTIONAL) {
                    examples.add(new LabelledCandidate(article.doc(), article.features().get(i), label == CandidateLabel.EVENT));
                }
            }
        }
        return examples;
    }
}
