package parley.core.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds the issues of an event in the words of its clause (lexicon.yaml, {@code issues}). */
final class IssueTagger {
    private IssueTagger() {
    }

    static List<String> tag(CodingLexicon lexicon, SentenceGraph graph, BitSet clause, String sentenceText,
                            int sentenceBegin) {
        StringBuilder words = new StringBuilder(" ");
        StringBuilder lemmas = new StringBuilder(" ");
        for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
            words.append(graph.lower(i)).append(' ');
            lemmas.append(graph.lemma(i)).append(' ');
        }
        String wordText = words.toString().replace(" - ", "-");
        String lemmaText = lemmas.toString();
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> issue : lexicon.issueWords().entrySet()) {
            for (String phrase : issue.getValue()) {
                String padded = " " + phrase.toLowerCase(Locale.ROOT) + " ";
                if (wordText.contains(padded) || lemmaText.contains(padded)) {
                    found.add(issue.getKey());
                    break;
                }
            }
        }
        return found;
    }
}
