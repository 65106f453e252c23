package parley.core.coding;

import java.util.List;
import java.util.Set;
import parley.model.Aux;
import parley.model.nlp.Dependency;

/**
 * The modality stage: how an act is told: negated, hypothetical, conditional, still to come, or
 * refused ("will not disarm"). CODEBOOK.md section 7: only acts told as happening are events.
 */
final class Modality {
    private final CodingLexicon lexicon;
    private final Set<String> negations;
    private final Set<String> hypotheticalModals;
    private final Set<String> conditionalMarks;
    private final Set<String> futureGovernors;
    private final Set<String> refusingModals;
    private final Set<String> conditionMarks;
    private final Set<String> conditionWords;

    Modality(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.negations = lexicon.words("negations");
        this.hypotheticalModals = lexicon.words("hypothetical_modals");
        this.conditionalMarks = lexicon.words("conditional_marks");
        this.futureGovernors = lexicon.words("future_governors");
        this.refusingModals = lexicon.words("refusing_modals");
        this.conditionMarks = lexicon.words("condition_marks");
        this.conditionWords = lexicon.words("condition_words");
    }

    /**
     * The act's qualifier from its trigger, else its clause ("if peace talks start", "talks would
     * take place"), else the governing verb of a noun it joins ("Putin will not be present during
     * the talks with ..."); and whether it is still to come.
     */
    Candidate qualify(Candidate c) {
        SentenceGraph graph = c.graph;
        int t = c.t();
        int clause = c.trigger.clauseHead();
        if (c.shape(TriggerPattern.Shape.REPORTED)) {
            // "Russia must withdraw", "should be able to": the modal is the demand itself; only a
            // condition ("if Russia must ...") makes it hypothetical
            c.aux = conditional(graph, t) ? Aux.HYPOTHETICAL : null;
            c.future = false;
            return condition(c);
        }
        Aux aux = qualifier(graph, t);
        if (aux == null && clause != t) {
            aux = qualifier(graph, clause);
        }
        if (aux == null && c.trigger.pattern().withGovernor() && graph.head(t) >= 0) {
            aux = qualifier(graph, graph.head(t));
        }
        c.aux = aux;
        c.future = aux == Aux.FUTURE || futureByGovernor(graph, t);
        return condition(c);
    }

    /**
     * The one definition of a conditional stance (PositionTracker reads it from the provenance):
     * an act told as happening whose own clause, or a verb it depends on, carries a condition: a
     * clause marked "if", "unless", "provided" ("agreed to a truce only if arms deliveries stop")
     * or a word like "contingent on", "on condition that". An "if" elsewhere in the sentence
     * ("accepted the truce, but warned it would respond if attacked") sets no condition on it.
     * Records the rule {@code condition:<word>}.
     */
    private Candidate condition(Candidate c) {
        if (c.aux == Aux.HYPOTHETICAL || c.aux == Aux.NEGATION) {
            return c;
        }
        String word = conditionOf(c.graph, c.t());
        if (word == null && c.trigger.clauseHead() != c.t()) {
            word = conditionOf(c.graph, c.trigger.clauseHead());
        }
        int complement = c.t();
        for (int depth = 0; word == null && depth < 3; depth++) {
            List<Integer> next = c.graph.children(complement, "xcomp");
            if (next.isEmpty()) {
                break;
            }
            complement = next.get(0);
            word = conditionOf(c.graph, complement); // "ready to resume the talks provided that ..."
        }
        if (word != null) {
            c.fired(parley.core.positions.PositionTracker.CONDITION_RULE + word);
        }
        return c;
    }

    /** The word that sets a condition on the verb or the verbs it depends on through xcomp or conj, or null. */
    String conditionOf(SentenceGraph graph, int verb) {
        int current = verb;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            for (Dependency child : graph.children(current)) {
                int dependent = child.dependent();
                String relation = child.relation();
                if (relation.startsWith("advcl") || relation.equals("dep")) {
                    for (int mark : graph.children(dependent, "mark")) {
                        StringBuilder phrase = new StringBuilder(graph.lower(mark));
                        for (int fixed : graph.children(mark, "fixed")) {
                            phrase.append(' ').append(graph.lower(fixed)); // "as long as"
                        }
                        if (conditionMarks.contains(graph.lemma(mark)) || conditionMarks.contains(phrase.toString())) {
                            return phrase.toString();
                        }
                    }
                    if (conditionMarks.contains(graph.lower(dependent))) {
                        return graph.lower(dependent); // "provided (that) Washington lifts sanctions"
                    }
                }
                String lemma = graph.lemma(dependent);
                boolean onCondition = !lemma.equals("condition") || graph.hasChild(dependent, "case", "on");
                if (conditionWords.contains(lemma) && onCondition && !relation.equals("obj")
                        && !relation.startsWith("nsubj")) {
                    return lemma; // "contingent on", "on condition that" (not "comply with the conditions")
                }
            }
            String relation = graph.relation(current);
            if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
                break;
            }
            current = graph.head(current);
        }
        return null;
    }

    /** Negation, modality and conditionals on the trigger or the verbs it depends on. */
    Aux qualifier(SentenceGraph graph, int t) {
        int current = t;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            for (Dependency child : graph.children(current)) {
                String lemma = graph.lemma(child.dependent());
                String relation = child.relation();
                if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det"))
                        && negations.contains(graph.lower(child.dependent()))) {
                    return Aux.NEGATION;
                }
                if (relation.equals("aux") && hypotheticalModals.contains(lemma)
                        && !(lemma.equals("would") && reported(graph, current))) {
                    return Aux.HYPOTHETICAL;
                }
                if (relation.equals("mark") && conditionalMarks.contains(lemma)) {
                    return Aux.HYPOTHETICAL;
                }
                if (relation.equals("aux") && (lemma.equals("will") || lemma.equals("shall")
                        || lemma.equals("would"))) {
                    return Aux.FUTURE;
                }
            }
            String relation = graph.relation(current);
            if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
                break;
            }
            current = graph.head(current);
        }
        return null;
    }

    /** Whether a conditional mark ("if", "unless") governs the verb. */
    private boolean conditional(SentenceGraph graph, int verb) {
        return graph.children(verb, "mark").stream().anyMatch(mark -> conditionalMarks.contains(graph.lemma(mark)));
    }

    /** "will not", "would not", "cannot", "won't" on the verb or the verbs it depends on. */
    boolean refusal(SentenceGraph graph, int t) {
        int current = t;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            boolean negated = false;
            boolean modal = false;
            for (Dependency child : graph.children(current)) {
                String relation = child.relation();
                if ((relation.equals("advmod") || relation.equals("neg"))
                        && negations.contains(graph.lower(child.dependent()))) {
                    negated = true;
                }
                if (relation.equals("aux") && refusingModals.contains(graph.lemma(child.dependent()))) {
                    modal = true;
                }
            }
            if (negated && modal) {
                return true;
            }
            String relation = graph.relation(current);
            if (!(relation.equals("xcomp") || relation.startsWith("conj"))) {
                break;
            }
            current = graph.head(current);
        }
        return false;
    }

    boolean reported(SentenceGraph graph, int verb) {
        int head = graph.head(verb);
        return head >= 0 && graph.relation(verb).startsWith("ccomp") && lexicon.isSpeechVerb(graph.lemma(head));
    }

    boolean futureByGovernor(SentenceGraph graph, int t) {
        String relation = graph.relation(t);
        int head = graph.head(t);
        boolean beTo = graph.children(t, "aux").stream().anyMatch(aux -> graph.lemma(aux).equals("be"))
                && graph.hasChild(t, "mark", "to");
        if (beTo) {
            return true; // "Rwandan troops are to withdraw": planned, not done
        }
        if (head >= 0 && relation.equals("xcomp") && futureGovernors.contains(graph.lemma(head))) {
            return true;
        }
        for (int child : graph.children(t, "aux")) {
            if (graph.lower(child).equals("to") && head >= 0 && futureGovernors.contains(graph.lemma(head))) {
                return true;
            }
        }
        return false;
    }
}
