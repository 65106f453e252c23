package parley.core.coding;

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

    Modality(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.negations = lexicon.words("negations");
        this.hypotheticalModals = lexicon.words("hypothetical_modals");
        this.conditionalMarks = lexicon.words("conditional_marks");
        this.futureGovernors = lexicon.words("future_governors");
        this.refusingModals = lexicon.words("refusing_modals");
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
            return c;
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
        return c;
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
