package parley.core.nlp;

import parley.model.nlp.AnnotatedText;

/**
 * Turns text into sentences, tokens (with parts of speech, lemmas and named entities) and, for the
 * sentences a {@link ParseFilter} asks for, a dependency parse. The real one wraps CoreNLP (module
 * parley-nlp-corenlp); tests use a replaying fake. Implementations are loaded once and are
 * thread-safe.
 */
public interface Annotator {
    /**
     * Annotates {@code text}; offsets in the result are offsets in {@code text}. Sentences that
     * {@code parse} turns down have an empty dependency list; an annotator without a parser gives
     * every sentence one.
     */
    AnnotatedText annotate(String text, ParseFilter parse);

    /** Annotates {@code text}, parsing every sentence. */
    default AnnotatedText annotate(String text) {
        return annotate(text, ParseFilter.ALL);
    }

    /** Identifies the annotator and its models, for caches and provenance. */
    String version();
}
