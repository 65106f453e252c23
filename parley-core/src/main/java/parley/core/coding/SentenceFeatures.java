package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import parley.model.Event;
import parley.model.nlp.Token;

/**
 * What the proposer sees of a sentence: its content lemmas and their pairs, the trigger patterns
 * that matched in it and the types of the acts the rules coded from it, whether it is quoted or
 * reported, its modals and negations, and how many actors it names. Binary features named
 * {@code key=value}; no ids, offsets or dates.
 *
 * <p>Only the patterns, the coded acts and the count of actors need the sentence's parse; the
 * rest is read from its tokens. So before a parse, {@link #mayBeProposed} can tell the sentences
 * from which a proposer can propose nothing, whatever the parse would add: the NLP cascade
 * leaves those unparsed.
 */
public final class SentenceFeatures {
    /** The features {@link #of} gives for the count of actors a sentence names, one of them each time. */
    private static final List<String> ACTORS = List.of("actors=0", "actors=1", "actors=2", "actors=3");

    private SentenceFeatures() {
    }

    static List<String> of(SentenceGraph graph, String sentenceText, List<Triggers.Trigger> matched, List<Event> coded,
                           int actors, int position, CodingLexicon lexicon) {
        Set<String> features = new LinkedHashSet<>();
        words(graph.sentence().tokens(), lexicon, features);
        for (Triggers.Trigger trigger : matched) {
            features.add("pattern=" + trigger.name());
            if (trigger.act().type() != null) {
                features.add("pattern-type=" + trigger.act().type());
            }
        }
        for (Event event : coded) {
            features.add("coded=" + event.type());
        }
        features.add(quoted(sentenceText));
        features.add("actors=" + Math.min(actors, 3));
        features.add("sentence=" + Math.min(position, 3));
        return new ArrayList<>(features);
    }

    /**
     * Whether {@code proposer} may propose an act from a sentence of these tokens, judged before
     * its parse and before the rules have looked at it: false only when no type can reach the
     * proposer's threshold with any count of actors the parse may find, and with no pattern
     * matched nor act coded (the caller parses every sentence where a pattern may code an event,
     * {@link CodingLexicon#mayCodeEvent}).
     *
     * @param tokens       the sentence's tokens with parts of speech and lemmas
     * @param sentenceText the sentence's text
     * @param index        the sentence's index in its text: its position among the coded sentences is at most this
     */
    public static boolean mayBeProposed(EventProposer proposer, List<Token> tokens, String sentenceText, int index,
                                        CodingLexicon lexicon) {
        Set<String> features = new LinkedHashSet<>();
        words(tokens, lexicon, features);
        features.add(quoted(sentenceText));
        List<String> positions = new ArrayList<>();
        for (int position = 0; position <= Math.min(index, 3); position++) {
            positions.add("sentence=" + position);
        }
        return proposer.mayPropose(List.copyOf(features), List.of(ACTORS, positions));
    }

    /** The features of the content words, in sentence order. */
    private static void words(List<Token> tokens, CodingLexicon lexicon, Set<String> features) {
        String previous = null;
        for (Token token : tokens) {
            String pos = token.pos() == null ? "" : token.pos();
            if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB")
                    || pos.equals("MD"))) {
                continue;
            }
            // as SentenceGraph.lemma reads it
            String lemma = (token.lemma() != null ? token.lemma() : token.word()).toLowerCase(Locale.ROOT);
            features.add("w=" + lemma);
            if (previous != null) {
                features.add("b=" + previous + "_" + lemma);
            }
            previous = lemma;
            if (pos.equals("MD")) {
                features.add("modal=" + lemma);
            }
            if (lexicon.isSpeechVerb(lemma) && pos.startsWith("VB")) {
                features.add("speech");
            }
            if (lemma.equals("not") || lemma.equals("never") || lemma.equals("n't")) {
                features.add("negated");
            }
        }
    }

    private static String quoted(String sentenceText) {
        return "quoted=" + (sentenceText.indexOf('"') >= 0 || sentenceText.indexOf('\u201c') >= 0);
    }
}
