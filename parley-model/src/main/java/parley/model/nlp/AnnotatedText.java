package parley.model.nlp;

import java.util.List;

/** A whole text as annotated, sentence by sentence. */
public record AnnotatedText(List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
