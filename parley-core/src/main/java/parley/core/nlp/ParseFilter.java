package parley.core.nlp;

import parley.model.nlp.Sentence;

/**
 * Which sentences of a text get the dependency parse, the costly last stage of annotation. It is
 * asked about each sentence as the cheap stages left it (tokens with parts of speech, lemmas and
 * named entities, no dependencies yet); a sentence it turns down keeps those and an empty
 * dependency list. The coder's own filter ({@code parley.core.pipeline.ParseCascade}) passes only
 * the sentences whose parse the coder reads.
 *
 * <pre>{@code
 * AnnotatedText text = annotator.annotate(body, sentence -> sentence.tokens().size() > 3);
 * }</pre>
 */
@FunctionalInterface
public interface ParseFilter {
    /** Parses every sentence. */
    ParseFilter ALL = sentence -> true;

    /**
     * Whether {@code sentence} needs its dependency parse.
     *
     * @param sentence tokens, parts of speech, lemmas and named entities, with offsets in the text;
     *                 its dependency list is empty, or holds a parse kept from an earlier run
     */
    boolean needsParse(Sentence sentence);
}
