package parley.core.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The issues stage: finds the issues of an act in the words of its clause (lexicon.yaml, {@code issues}). */
final class IssueTagger {
    private final CodingLexicon lexicon;

    IssueTagger(CodingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The issues an act's own words name: an event noun's whole clause, a misparsed gerund's phrase
     * ("by striking Iranian nuclear facilities"), or else the trigger's {@link #scope}.
     */
    Candidate tag(Candidate c) {
        SentenceGraph graph = c.graph;
        int t = c.t();
        int clause = c.trigger.clauseHead();
        BitSet words = c.shape(TriggerPattern.Shape.EVENT_NOUN) ? graph.subtree(clause)
                : Triggers.gerundAfterPreposition(graph, t) ? graph.subtree(graph.head(t)) : scope(graph, t, clause);
        c.issues = new ArrayList<>(tag(lexicon, graph, words));
        return c;
    }

    /** Relations whose subtree is another event or a circumstance, not what the act is about. */
    private static final java.util.Set<String> OUTSIDE = java.util.Set.of("advcl", "conj", "parataxis", "obl:during",
            "obl:at", "obl:in", "obl:after", "obl:before", "nmod:during", "nmod:at", "nmod:in", "acl", "dep",
            "obl:following", "obl:since");

    /**
     * The words an act is about: the trigger's subtree without circumstances (time, place) and
     * without clauses that tell other acts; for a relative clause ("a ceasefire, which Ukraine
     * accepted") also the noun it describes.
     */
    static BitSet scope(SentenceGraph graph, int trigger, int clauseHead) {
        BitSet scope = new BitSet(graph.size());
        addScope(graph, clauseHead, scope, true);
        if (trigger != clauseHead) {
            addScope(graph, trigger, scope, true);
        }
        if (graph.relation(trigger).startsWith("acl:relcl") && graph.head(trigger) >= 0) {
            scope.set(graph.head(trigger));
            for (int child : graph.children(graph.head(trigger), "amod")) {
                scope.set(child);
            }
            for (int child : graph.children(graph.head(trigger), "compound")) {
                scope.set(child);
            }
        }
        return scope;
    }

    private static void addScope(SentenceGraph graph, int index, BitSet scope, boolean top) {
        if (scope.get(index)) {
            return;
        }
        scope.set(index);
        for (var dependency : graph.children(index)) {
            int child = dependency.dependent();
            if (graph.head(child) != index) {
                continue;
            }
            String relation = dependency.relation();
            if (relation.equals("acl") && graph.pos(child).equals("VBG") && child > 0 && graph.pos(child - 1).equals(",")) {
                continue; // "..., indicating an intention to escalate": a comment of its own
            }
            // Who acts is not what the act is about: "the Russian delegation threatened to expand claims".
            if (top && (OUTSIDE.contains(relation) || relation.startsWith("conj") || relation.equals("nsubj"))) {
                continue;
            }
            addScope(graph, child, scope, false);
        }
    }

    /** The issues named by the given tokens' words or lemmas. */
    static List<String> tag(CodingLexicon lexicon, SentenceGraph graph, BitSet clause) {
        StringBuilder words = new StringBuilder(" ");
        StringBuilder lemmas = new StringBuilder(" ");
        for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
            words.append(graph.lower(i)).append(' ');
            // "according to the report" is no accord
            lemmas.append(graph.lower(i).equals("according") ? "according" : graph.lemma(i)).append(' ');
        }
        String wordText = words.toString().replace(" - ", "-");
        String lemmaText = lemmas.toString().replace(" - ", "-"); // "nuclear-armed" is not about nuclear issues
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
