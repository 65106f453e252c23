package parley.model.nlp;

import java.util.List;

/** A sentence with its tokens and dependency parse; offsets are in the article text. */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
