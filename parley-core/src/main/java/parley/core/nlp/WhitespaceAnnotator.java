package parley.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * A degraded annotator for tests and dry runs, with no models and no dependencies: sentences end
 * at a line break or at {@code . ! ?} followed by white space; tokens are runs of non-white
 * characters, with leading and trailing punctuation split off; the lemma is the lower-cased word.
 * It tags nothing else: no part of speech (null), no named entities ({@code O}), no dependency
 * parse. The coder finds (almost) no events in such text; quote marks are still paired.
 *
 * <p>The application uses it instead of CoreNLP when the environment variable {@code
 * PARLEY_ANNOTATOR} is {@code whitespace}: to measure reading and storing throughput without the
 * parser, and so that tests of the whole command line (including killing it mid-run) start in a
 * second instead of loading 474 MB of models. Never for real coding.
 *
 * <pre>{@code
 * AnnotatedText text = new WhitespaceAnnotator().annotate("Talks resumed. \"We are ready,\" he said.");
 * // 2 sentences; the second has tokens ", We, are, ready, ,, ", he, said, .
 * }</pre>
 * Stateless and thread-safe.
 */
public final class WhitespaceAnnotator implements Annotator {
    /** The version, which also keys the annotation cache apart from CoreNLP's. */
    public static final String VERSION = "whitespace-1";

    /** Annotates {@code text}; there is no parser, so {@code parse} changes nothing. */
    @Override
    public AnnotatedText annotate(String text, ParseFilter parse) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                close(sentences, tokens);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (addWord(tokens, text, i, end)) {
                    close(sentences, tokens);
                }
                i = end;
            }
        }
        close(sentences, tokens);
        return new AnnotatedText(sentences);
    }

    /**
     * Adds the tokens of the white-space-free run {@code [from, to)}: leading punctuation, the
     * word, trailing punctuation, one token per mark.
     *
     * @return whether the run ends a sentence (its last character is . ! or ?)
     */
    private static boolean addWord(List<Token> tokens, String text, int from, int to) {
        int start = from;
        while (start < to && isPunctuation(text.charAt(start))) {
            tokens.add(token(text, start, start + 1));
            start++;
        }
        int end = to;
        while (end > start && isPunctuation(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            tokens.add(token(text, start, end));
        }
        for (int p = Math.max(start, end); p < to; p++) {
            tokens.add(token(text, p, p + 1));
        }
        char last = text.charAt(to - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static Token token(String text, int begin, int end) {
        String word = text.substring(begin, end);
        return new Token(word, word.toLowerCase(Locale.ROOT), null, "O", begin, end);
    }

    /** Ends the open sentence, if it has tokens: it spans its first token to its last. */
    private static void close(List<Sentence> sentences, List<Token> tokens) {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
                    tokens, List.of()));
            tokens.clear();
        }
    }

    @Override
    public String version() {
        return VERSION;
    }
}
