package parley.model.nlp;

import java.util.List;

/**
 * A sentence with its tokens and dependency parse; offsets are in the article text. A sentence
 * the annotator was asked not to parse has its tokens and an empty dependency list (a parse always
 * has a root).
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Whether the sentence has its dependency parse (or has no tokens to parse). */
    public boolean parsed() {
        return tokens.isEmpty() || !dependencies.isEmpty();
    }
}
