package parley.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.EventType;
import parley.model.nlp.Dependency;

/**
 * The words that signal an event: the engine that tries triggers.yaml's patterns on each token
 * ({@link #trigger}), the named checks patterns call, and which triggers are only what another act
 * is about ("urged Russia to accept", "accused it of supplying").
 */
final class Triggers {
    private final CodingLexicon lexicon;
    private final Set<String> prospects;
    private final Set<String> sides;
    private final Set<String> halts;
    /** Patterns by a lemma or word their first node needs, and those that need none; in file order. */
    private final Map<String, List<Integer>> byLemma = new HashMap<>();
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final List<Integer> unindexed = new ArrayList<>();

    Triggers(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.prospects = lexicon.words("prospects");
        this.sides = lexicon.words("sides");
        this.halts = lexicon.words("halts");
        List<TriggerPattern> patterns = lexicon.patterns();
        for (int p = 0; p < patterns.size(); p++) {
            GraphPattern.Node root = patterns.get(p).match().root();
            List<String> lemmas = root.exactValues("lemma");
            List<String> words = lemmas == null ? root.exactValues("word") : null;
            if (lemmas != null) {
                for (String lemma : lemmas) {
                    byLemma.computeIfAbsent(lemma, key -> new ArrayList<>()).add(p);
                }
            } else if (words != null) {
                for (String word : words) {
                    byWord.computeIfAbsent(word, key -> new ArrayList<>()).add(p);
                }
            } else {
                unindexed.add(p);
            }
        }
    }

    /**
     * A word that signals an event.
     *
     * @param index      the trigger token
     * @param pattern    the pattern that matched
     * @param act        what it means
     * @param name       the pattern's name, with the table key it looked up ("verb:reject")
     * @param clauseHead the token whose clause dates and qualifies the act
     * @param bound      the tokens the pattern bound, by name
     */
    record Trigger(int index, TriggerPattern pattern, Act act, String name, int clauseHead, Map<String, Integer> bound) {
        Trigger {
            bound = Map.copyOf(bound);
        }

        TriggerPattern.Shape shape() {
            return pattern.shape();
        }
    }

    /** The act triggered at token {@code i}: the first pattern that matches, or null (none, or an act of type NONE). */
    Trigger trigger(SentenceGraph graph, int i) {
        Trigger found = match(graph, i);
        return found == null || found.act().isNone() ? null : found;
    }

    /** The first pattern of triggers.yaml that matches at token {@code i}, an act of type NONE included; or null. */
    Trigger match(SentenceGraph graph, int i) {
        List<TriggerPattern> patterns = lexicon.patterns();
        for (int p : candidates(graph, i)) {
            TriggerPattern pattern = patterns.get(p);
            Map<String, Integer> bound = pattern.match().match(graph, i);
            if (bound == null || !checksHold(graph, pattern, bound)) {
                continue;
            }
            Act act = pattern.act();
            String name = pattern.name();
            if (pattern.lookup() != null) {
                StringBuilder key = new StringBuilder();
                for (String binding : pattern.lookup().bindings()) {
                    int token = bound.get(binding);
                    boolean byLemma = !pattern.lookup().table().endsWith("_nouns");
                    key.append(key.isEmpty() ? "" : " ").append(byLemma ? graph.lemma(token) : graph.lower(token));
                }
                act = lexicon.act(pattern.lookup().table(), key.toString());
                if (act == null) {
                    continue;
                }
                name = name + ":" + key;
            }
            if (pattern.overrides() != null && !act.isNone()) {
                act = pattern.overrides().apply(act);
            }
            return new Trigger(i, pattern, act, name, bound.get(pattern.clause()), bound);
        }
        return null;
    }

    private List<Integer> candidates(SentenceGraph graph, int i) {
        List<Integer> lemma = byLemma.getOrDefault(graph.lemma(i), List.of());
        List<Integer> word = byWord.getOrDefault(graph.lower(i), List.of());
        if (lemma.isEmpty() && word.isEmpty()) {
            return unindexed;
        }
        java.util.TreeSet<Integer> merged = new java.util.TreeSet<>(unindexed);
        merged.addAll(lemma);
        merged.addAll(word);
        return List.copyOf(merged);
    }

    private boolean checksHold(SentenceGraph graph, TriggerPattern pattern, Map<String, Integer> bound) {
        for (TriggerPattern.Check check : pattern.checks()) {
            int token = bound.get(check.binding() == null ? "trigger" : check.binding());
            boolean holds = switch (check.name()) {
                case "attributed-side" -> attributedAttack(graph, token);
                case "not-prospective" -> !prospective(graph, token);
                case "happening" -> happening(graph, token);
                default -> throw new IllegalStateException("unknown check " + check.name());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /**
     * "urged Russia to accept", "refused to meet", "threatened to expand": the act in the
     * complement is what the governing act is about, not an act of its own.
     */
    boolean complementOfTrigger(SentenceGraph graph, int i) {
        int head = graph.head(i);
        String relation = graph.relation(i);
        if (relation.equals("amod")) {
            // "alleged discrimination", "the proposed truce": a participle describing a thing;
            // "accuses Rwanda of backing M23": the charge, not an act the text reports
            if (!gerundAfterPreposition(graph, i)) {
                return true;
            }
            int governor = gerundGovernor(graph, i);
            Trigger charge = governor >= 0 ? trigger(graph, governor) : null;
            return charge != null && charge.act().type() == EventType.ACCUSE
                    && (graph.lower(i - 1).equals("of") || graph.lower(i - 1).equals("for"));
        }
        if (head < 0) {
            return false;
        }
        if (relation.equals("xcomp") && halts.contains(graph.lemma(head))) {
            return true; // "told Israel to stop bombing Gaza": the bombing is what is to stop
        }
        Trigger governing = trigger(graph, head);
        if (governing != null && governing.act().type() == EventType.ACCUSE
                && (relation.equals("advcl:of") || relation.equals("advcl:for"))) {
            return true; // "accusing it of supplying the RSF": the charge, not an act the text reports
        }
        if (governing == null) {
            return false;
        }
        if (relation.equals("xcomp")) {
            return true;
        }
        if (relation.startsWith("advcl") && governing.act().type() == EventType.REQUEST
                && graph.hasChild(i, "mark", "on")) {
            return true; // "called on Moscow to release": what is asked for
        }
        // "denied that they had reached an agreement", "demanded that Kyiv withdraw"
        EventType type = governing.act().type();
        if (coordinatedWithGovernor(graph, i)) {
            return false;
        }
        // "denied having reached an agreement", parsed as a bare dependent; not ", insisting on ...",
        // an act of its own after a comma
        int first = graph.subtree(i).nextSetBit(0);
        boolean bare = relation.equals("dep") && graph.pos(i).startsWith("VB")
                && (first == 0 || !graph.pos(first - 1).equals(","));
        boolean clause = relation.startsWith("ccomp") || bare;
        return clause && (type == EventType.REJECT || type == EventType.REQUEST || type == EventType.THREATEN);
    }

    /**
     * "the heaviest Israeli airstrikes on Beirut", "in response to Indian strikes", "Russia's
     * attacks": force told as a noun, with the side that used it attached. Not when the noun is
     * what another act is about ("a halt to Russian strikes", "condemned Russian attacks",
     * "threatened new Israeli strikes"): that act is the event.
     */
    boolean attributedAttack(SentenceGraph graph, int noun) {
        List<Integer> modifiers = new ArrayList<>(graph.children(noun, "amod"));
        modifiers.addAll(graph.children(noun, "compound")); // "a Russian drone strike" parses "Russian" as a compound
        boolean side = modifiers.stream().anyMatch(adjective -> sides.contains(graph.entity(adjective)))
                || graph.children(noun, "nmod:poss").stream().anyMatch(owner -> graph.pos(owner).startsWith("NNP"))
                || !graph.children(noun, "nmod:by").isEmpty() || !graph.children(noun, "nmod:from").isEmpty();
        if (!side) {
            return false;
        }
        int head = graph.head(noun);
        for (int depth = 0; head >= 0 && depth < 3; depth++, head = graph.head(head)) {
            String lemma = graph.lemma(head);
            if (halts.contains(lemma) || prospects.contains(lemma)) {
                return false;
            }
            Trigger governing = graph.pos(head).startsWith("NN") ? null : trigger(graph, head);
            if (governing != null && governing.act().type() != EventType.ASSAULT && governing.shape() != TriggerPattern.Shape.NOMINAL) {
                return false;
            }
        }
        return true;
    }

    /**
     * "after meeting Erdogan", "by striking Iranian nuclear facilities", "in persuading Tehran":
     * CoreNLP parses a gerund right after a preposition as an adjective of the noun that follows.
     * It is a verb, that noun is its object, and its subject is the subject of the clause the
     * preposition hangs on.
     */
    static boolean gerundAfterPreposition(SentenceGraph graph, int i) {
        if (i == 0 || !graph.pos(i).equals("VBG") || !graph.relation(i).equals("amod")) {
            return false;
        }
        int noun = graph.head(i);
        return noun > i && graph.pos(i - 1).equals("IN") && graph.children(noun, "case").contains(i - 1);
    }

    /** The verb a misparsed gerund's object hangs on, or -1. */
    static int gerundGovernor(SentenceGraph graph, int gerund) {
        int verb = graph.head(graph.head(gerund));
        while (verb >= 0 && !graph.pos(verb).startsWith("VB")) {
            verb = graph.head(verb);
        }
        return verb;
    }

    /**
     * A meeting only spoken of as possible or wanted ("ready for talks with Ukraine", "the
     * possibility of a meeting between Putin and Trump"): the governing word carries the act.
     */
    boolean prospective(SentenceGraph graph, int noun) {
        int head = graph.head(noun);
        for (int depth = 0; head >= 0 && depth < 2; depth++, head = graph.head(head)) {
            if (prospects.contains(graph.lemma(head))) {
                return true;
            }
        }
        return false;
    }

    boolean happening(SentenceGraph graph, int verb) {
        String lemma = graph.lemma(verb);
        for (int particle : graph.children(verb, "compound:prt")) {
            if (lexicon.isHappeningVerb(lemma + " " + graph.lemma(particle))) {
                return true;
            }
        }
        for (int object : graph.children(verb, "obj")) {
            if (lexicon.isHappeningVerb(lemma + " " + graph.lemma(object))) {
                return true;
            }
        }
        for (int oblique : graph.children(verb, "obl")) {
            if (lexicon.isHappeningVerb(lemma + " into " + graph.lemma(oblique))) {
                return true;
            }
        }
        return lexicon.isHappeningVerb(lemma);
    }

    /**
     * "demanded that Russia accept a truce and threatened new sanctions": the parser joins the
     * past-tense "threatened" to the subjunctive "accept" inside what was demanded; a finite verb
     * without a subject of its own cannot be part of that clause, so it is the demander's next act.
     */
    static boolean coordinatedWithGovernor(SentenceGraph graph, int verb) {
        if (!(graph.pos(verb).equals("VBD") || graph.pos(verb).equals("VBZ")) || !graph.relation(verb).startsWith("ccomp")) {
            return false;
        }
        for (Dependency parent : graph.parents(verb)) {
            int base = parent.governor();
            if (parent.relation().startsWith("conj") && graph.pos(base).equals("VB")
                    // a subject it has only as copied from the base verb is not its own
                    && graph.children(base, "nsubj").containsAll(graph.children(verb, "nsubj"))) {
                return true;
            }
        }
        return false;
    }
}
