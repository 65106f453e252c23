package parley.core.nlp;

import java.time.LocalDate;
import parley.model.nlp.AnnotatedText;

/**
 * Turns text into sentences, tokens, named entities and a dependency parse. The real one wraps
 * CoreNLP (module parley-nlp-corenlp); tests use a replaying fake. Implementations are loaded
 * once and are thread-safe.
 */
public interface Annotator {
    /**
     * Annotates {@code text}; offsets in the result are offsets in {@code text}.
     *
     * @param documentDate the publication date, so that "on Monday" resolves against it; may be null
     */
    AnnotatedText annotate(String text, LocalDate documentDate);

    /** Identifies the annotator and its models, for caches and provenance. */
    String version();
}
