package parley.learn;

import java.util.List;

/**
 * One act the rules found on a gold article, with its features and whether the gold codes it.
 *
 * @param doc      the article
 * @param features the act's features
 * @param event    whether it pairs with a gold event that must be coded
 */
public record LabelledCandidate(String doc, List<String> features, boolean event) {
    public LabelledCandidate {
        features = List.copyOf(features);
    }
}
