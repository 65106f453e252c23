package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parley.model.Event;

/**
 * What the proposer sees of a sentence: its content lemmas and their pairs, the trigger patterns
 * that matched in it and the types of the acts the rules coded from it, whether it is quoted or
 * reported, its modals and negations, and how many actors it names. Binary features named
 * {@code key=value}; no ids, offsets or dates.
 */
final class SentenceFeatures {
    private SentenceFeatures() {
    }

    static List<String> of(SentenceGraph graph, String sentenceText, List<Triggers.Trigger> matched, List<Event> coded,
                           int actors, int position, CodingLexicon lexicon) {
        Set<String> features = new LinkedHashSet<>();
        String previous = null;
        for (int i = 0; i < graph.size(); i++) {
            String pos = graph.pos(i);
            if (!(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB")
                    || pos.equals("MD"))) {
                continue;
            }
            String lemma = graph.lemma(i);
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
        for (Triggers.Trigger trigger : matched) {
            features.add("pattern=" + trigger.name());
            if (trigger.act().type() != null) {
                features.add("pattern-type=" + trigger.act().type());
            }
        }
        for (Event event : coded) {
            features.add("coded=" + event.type());
        }
        features.add("quoted=" + (sentenceText.indexOf('"') >= 0 || sentenceText.indexOf('\u201c') >= 0));
        features.add("actors=" + Math.min(actors, 3));
        features.add("sentence=" + Math.min(position, 3));
        return new ArrayList<>(features);
    }
}
