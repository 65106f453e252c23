package parley.core.coding;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import parley.model.EventType;
import parley.model.nlp.Dependency;

/**
 * The words that signal an event (lexicon.yaml and the constructions around it): which token
 * triggers which {@link TriggerRule}, and which triggers are only what another act is about
 * ("urged Russia to accept", "accused it of supplying").
 */
final class Triggers {
    private static final Set<String> PROSPECTS = Set.of("possibility", "prospect", "idea", "need", "plan", "proposal",
            "readiness", "willingness", "chance", "hope", "push", "demand", "offer", "invitation", "ready",
            "willing", "open", "propose", "suggest", "seek", "want");
    private static final Set<String> ROUNDS = Set.of("round", "series", "set");
    /** Named-entity tags of an adjective or name that can stand for a side ("Israeli", "Russia's"). */
    private static final Set<String> SIDES = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "LOCATION");
    /** Words that make an attack what is stopped or asked about, not something that happened. */
    private static final Set<String> HALTS = Set.of("halt", "pause", "stop", "end", "cessation", "moratorium",
            "ceasefire", "truce", "ban", "suspension", "suspend", "refrain", "refusal", "cease", "prevent", "avoid",
            "threat", "risk", "fear", "possibility", "without", "no");
    static final Set<String> PLACES = Set.of("LOCATION", "COUNTRY");
    private static final TriggerRule PHONE_CALL = new TriggerRule(EventType.CONSULT, "phone", null, EventType.AGREE,
            "meet", false, false, List.of("peace_talks"));
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts", "leader", "leaders",
            "president", "minister");
    private static final Set<String> CAPTIVES = Set.of("hostage", "prisoner", "captive", "detainee", "remains", "body",
            "soldier", "pow");
    private static final Set<String> FORCE_WORDS = Set.of("pursue", "retaliate", "retaliation", "revenge", "avenge",
            "punish", "punishment", "destroy", "crush", "defeat", "strike", "attack", "hit", "response", "respond",
            "fate", "war", "force", "price");
    private static final Set<String> VOLLEYS = Set.of("wave", "barrage", "salvo", "volley", "series", "round", "string");
    private static final Set<String> OWN_FORCES = Set.of("army", "military", "troops", "force", "forces", "soldier",
            "commander", "navy", "police");
    private static final Set<String> ORDERS = Set.of("tell", "order", "instruct", "direct");
    private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");
    private static final Set<String> INTENTS = Set.of("seek", "try", "attempt", "aim");
    private static final Set<String> RESPONSES = Set.of("respond", "react", "reply", "retaliate", "hit back");
    private static final Set<String> FAVOURABLY = Set.of("positively", "constructively", "favourably", "favorably",
            "warmly", "affirmatively");
    /** "confirmed direct talks with Iranian authorities": the talks took place. */
    private static final Set<String> CONFIRMATIONS = Set.of("confirm", "acknowledge");

    private final CodingLexicon lexicon;

    Triggers(CodingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A word that signals an event, with the rule it fired and what its clause hangs on. */
    record Trigger(int index, TriggerRule rule, String name, int clauseHead) {
    }

    Trigger trigger(SentenceGraph graph, int i) {
        String pos = graph.pos(i);
        String lemma = graph.lemma(i);
        if (pos.startsWith("VB")) {
            // "handed over 20 hostages", "returned the remains of four hostages": a release
            if ((lemma.equals("hand") || lemma.equals("return") || lemma.equals("transfer"))
                    && graph.children(i, "obj").stream().anyMatch(object -> CAPTIVES.contains(graph.lemma(object))
                            || graph.children(object, "nmod:of").stream().anyMatch(of -> CAPTIVES.contains(graph.lemma(of))))) {
                return new Trigger(i, lexicon.verb("release"), "verb:" + lemma + " captives", i);
            }
            for (int particle : graph.children(i, "compound:prt")) {
                TriggerRule rule = lexicon.verb(lemma + " " + graph.lemma(particle));
                if (rule != null) {
                    return new Trigger(i, rule, "verb:" + lemma + " " + graph.lemma(particle), i);
                }
            }
            if (lemma.equals("call")) {
                for (Dependency child : graph.children(i)) {
                    if (child.relation().equals("obl:for") || child.relation().equals("obl:on")) {
                        return new Trigger(i, lexicon.verb("call " + child.relation().substring(4)), "verb:call "
                                + child.relation().substring(4), i);
                    }
                    // "called on Moscow to release": parsed as a clause marked by "on"
                    if (child.relation().startsWith("advcl") && graph.hasChild(child.dependent(), "mark", "on")) {
                        return new Trigger(i, lexicon.verb("call on"), "verb:call on", i);
                    }
                }
                // "called his Indian counterpart", "phoned Erdogan": a call held (not "called the plan unrealistic")
                boolean person = graph.children(i, "obj").stream().anyMatch(object -> graph.pos(object).equals("NNP")
                        || "PERSON".equals(graph.ner(object)) || COUNTERPARTS.contains(graph.lemma(object)));
                if (person && graph.children(i, "xcomp").isEmpty() && graph.children(i, "ccomp").isEmpty()) {
                    return new Trigger(i, PHONE_CALL, "verb:call", i);
                }
                return null;
            }
            if (lemma.equals("phone") || lemma.equals("telephone")) {
                return new Trigger(i, PHONE_CALL, "verb:" + lemma, i);
            }
            // "vowed to pursue the attackers" threatens; "vowed to keep supporting Kyiv" promises
            if (lemma.equals("vow") || lemma.equals("pledge") || lemma.equals("promise")) {
                BitSet vowed = graph.subtree(i);
                for (int w = vowed.nextSetBit(0); w >= 0; w = vowed.nextSetBit(w + 1)) {
                    if (w != i && FORCE_WORDS.contains(graph.lemma(w))) {
                        return new Trigger(i, lexicon.verb("threaten"), "verb:" + lemma + " force", i);
                    }
                }
                if (lemma.equals("vow")) {
                    return new Trigger(i, lexicon.verb("promise"), "verb:vow", i);
                }
            }
            // "took control of Bukavu": ground taken by force
            if (lemma.equals("take") && graph.children(i, "obj").stream().anyMatch(object -> graph.lemma(object).equals("control")
                    && graph.children(object, "nmod:of").stream().anyMatch(of -> PLACES.contains(graph.entity(of))))) {
                return new Trigger(i, lexicon.verb("retake"), "verb:take control", i);
            }
            boolean confirmsMeeting = CONFIRMATIONS.contains(lemma) && graph.children(i, "obj").stream()
                    .map(object -> lexicon.eventNoun(graph.lower(object)))
                    .anyMatch(noun -> noun != null && noun.type() == EventType.CONSULT);
            if (lexicon.isHappeningVerb(lemma) || lemma.equals("have") || lemma.equals("conduct") || confirmsMeeting) {
                for (int object : graph.children(i, "obj")) {
                    if (ROUNDS.contains(graph.lemma(object)) && !graph.children(object, "nmod:of").isEmpty()) {
                        object = graph.children(object, "nmod:of").get(0);
                    }
                    TriggerRule noun = lexicon.eventNoun(graph.lower(object));
                    if (noun != null && noun.type() == EventType.CONSULT) {
                        return new Trigger(i, new TriggerRule(EventType.CONSULT, noun.mode(), null, EventType.AGREE,
                                "meet", false, false, List.of("peace_talks")), "verb:hold " + graph.lower(object), i);
                    }
                }
                if (!lexicon.isLightVerb(lemma)) {
                    return null; // "launched missiles" goes on to the light verbs
                }
            }
            // "announced its readiness", "issued a warning": the noun carries the act, even after a
            // verb that is a trigger of its own.
            if (lexicon.isLightVerb(lemma)) {
                for (int object : graph.children(i, "obj")) {
                    if (VOLLEYS.contains(graph.lemma(object)) && !graph.children(object, "nmod:of").isEmpty()) {
                        object = graph.children(object, "nmod:of").get(0); // "launched waves of missiles"
                    }
                    TriggerRule noun = lexicon.lightNoun(graph.lower(object));
                    if (noun != null) {
                        return new Trigger(i, noun, "light:" + lemma + " " + graph.lower(object), i);
                    }
                }
            }
            TriggerRule rule = lexicon.verb(lemma);
            if (ORDERS.contains(lemma) && !graph.children(i, "xcomp").isEmpty() && graph.children(i, "obj").stream()
                    .anyMatch(object -> graph.pos(object).startsWith("NNP") || "NATIONALITY".equals(graph.entity(object))
                            || lexicon.isAgentNoun(graph.lower(object)) && !OWN_FORCES.contains(graph.lemma(object)))) {
                // not "instructed the army to prepare a plan": an order to one's own forces
                return new Trigger(i, lexicon.verb("demand"), "verb:" + lemma + " to", i); // "told Israel to stop"
            }
            if (rule == null && lexicon.isSpeechVerb(lemma)
                    && graph.children(i, "ccomp").stream().anyMatch(clause -> obligation(graph, clause))) {
                // "Baku said Armenia must first change its constitution": a demand
                return new Trigger(i, lexicon.verb("demand"), "verb:" + lemma + " must", i);
            }
            if (rule != null && INTENTS.contains(lemma) && !graph.children(i, "xcomp").isEmpty()) {
                return null; // "Putin is seeking to conclude an alternative agreement": an aim, not a request
            }
            if (rule != null) {
                return new Trigger(i, rule, "verb:" + lemma, i);
            }
            // "spoke by phone with Putin", "talked with Erdogan", "had spoken to Anutin": a call or meeting held
            boolean toSomeone = graph.children(i, "obl:to").stream().anyMatch(to -> graph.pos(to).equals("NNP")
                    || "PERSON".equals(graph.ner(to)) || COUNTERPARTS.contains(graph.lemma(to)));
            if ((lemma.equals("speak") || lemma.equals("talk")) && (!graph.children(i, "obl:with").isEmpty() || toSomeone)) {
                return new Trigger(i, new TriggerRule(EventType.CONSULT, "phone", null, EventType.AGREE, "meet", false,
                        false, List.of("peace_talks")), "verb:" + lemma + " with", i);
            }
            // "Iran responded with missiles on the air base": force
            if (RESPONSES.contains(lemma) && graph.children(i, "obl:with").stream().map(w -> lexicon.lightNoun(graph.lower(w)))
                    .anyMatch(noun -> noun != null && noun.type() == EventType.ASSAULT)) {
                return new Trigger(i, lexicon.verb("attack"), "verb:" + lemma + " with force", i);
            }
            // "responded positively to this initiative": an acceptance
            if (RESPONSES.contains(lemma) && graph.children(i, "advmod").stream()
                    .anyMatch(adverb -> FAVOURABLY.contains(graph.lower(adverb)))) {
                return new Trigger(i, lexicon.verb("accept"), "verb:" + lemma + " favourably", i);
            }
            return null;
        }
        if (pos.startsWith("JJ")) {
            TriggerRule rule = lexicon.adjective(lemma);
            if (rule != null && (!graph.children(i, "xcomp").isEmpty() || !graph.children(i, "obl").isEmpty()
                    || !graph.children(i, "nsubj").isEmpty() || !graph.children(i, "cop").isEmpty())) {
                return new Trigger(i, rule, "adjective:" + lemma, i);
            }
            return null;
        }
        if (pos.startsWith("NN")) {
            TriggerRule force = lexicon.lightNoun(graph.lower(i));
            if (force != null && force.type() == EventType.ASSAULT && attributedAttack(graph, i)) {
                return new Trigger(i, force, "nominal:" + graph.lower(i), i);
            }
            TriggerRule rule = lexicon.eventNoun(graph.lower(i));
            if (rule == null) {
                return null;
            }
            int head = graph.head(i);
            boolean subjectOfHappening = head >= 0 && SentenceGraph.matches(graph.relation(i), "nsubj")
                    && happening(graph, head);
            boolean passiveHeld = head >= 0 && graph.relation(i).startsWith("nsubj:pass")
                    && (graph.lemma(head).equals("hold") || graph.lemma(head).equals("reach"));
            if (subjectOfHappening || passiveHeld) {
                return new Trigger(i, rule, "noun:" + graph.lower(i) + "+" + graph.lemma(head), head);
            }
            // "another round of talks took place": the event noun hangs on a counted subject.
            if (head >= 0 && graph.relation(i).startsWith("nmod:of") && ROUNDS.contains(graph.lemma(head))) {
                int verb = graph.head(head);
                if (verb >= 0 && SentenceGraph.matches(graph.relation(head), "nsubj") && happening(graph, verb)) {
                    return new Trigger(i, rule, "noun:" + graph.lower(i) + "+" + graph.lemma(verb), verb);
                }
            }
            // "during a May 19 call with the president", "a phone call between Putin and Trump".
            if (rule.type() == EventType.CONSULT && (!graph.children(i, "nmod:with").isEmpty()
                    || !graph.children(i, "nmod:between").isEmpty())
                    && !SentenceGraph.matches(graph.relation(i), "obj") && !prospective(graph, i)) {
                return new Trigger(i, rule, "noun:" + graph.lower(i) + "+with", i);
            }
        }
        return null;
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
            return charge != null && charge.rule().type() == EventType.ACCUSE
                    && (graph.lower(i - 1).equals("of") || graph.lower(i - 1).equals("for"));
        }
        if (head < 0) {
            return false;
        }
        if (relation.equals("xcomp") && HALTS.contains(graph.lemma(head))) {
            return true; // "told Israel to stop bombing Gaza": the bombing is what is to stop
        }
        Trigger governing = trigger(graph, head);
        if (governing != null && governing.rule().type() == EventType.ACCUSE
                && (relation.equals("advcl:of") || relation.equals("advcl:for"))) {
            return true; // "accusing it of supplying the RSF": the charge, not an act the text reports
        }
        if (governing == null) {
            return false;
        }
        if (relation.equals("xcomp")) {
            return true;
        }
        if (relation.startsWith("advcl") && governing.rule().type() == EventType.REQUEST
                && graph.hasChild(i, "mark", "on")) {
            return true; // "called on Moscow to release": what is asked for
        }
        // "denied that they had reached an agreement", "demanded that Kyiv withdraw"
        EventType type = governing.rule().type();
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
        boolean side = graph.children(noun, "amod").stream().anyMatch(adjective -> SIDES.contains(graph.entity(adjective)))
                || graph.children(noun, "nmod:poss").stream().anyMatch(owner -> graph.pos(owner).startsWith("NNP"));
        if (!side) {
            return false;
        }
        int head = graph.head(noun);
        for (int depth = 0; head >= 0 && depth < 3; depth++, head = graph.head(head)) {
            String lemma = graph.lemma(head);
            if (HALTS.contains(lemma) || PROSPECTS.contains(lemma)) {
                return false;
            }
            Trigger governing = graph.pos(head).startsWith("NN") ? null : trigger(graph, head);
            if (governing != null && governing.rule().type() != EventType.ASSAULT) {
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
    static boolean prospective(SentenceGraph graph, int noun) {
        int head = graph.head(noun);
        for (int depth = 0; head >= 0 && depth < 2; depth++, head = graph.head(head)) {
            if (PROSPECTS.contains(graph.lemma(head))) {
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

    /** "Armenia must remove ...", "the root causes had to be eliminated", "Kyiv needs to withdraw". */
    static boolean obligation(SentenceGraph graph, int clause) {
        // someone who must act, not "a guarantee needs to be discussed"
        boolean party = graph.children(clause, "nsubj").stream().anyMatch(subject -> graph.pos(subject).startsWith("NNP")
                || graph.pos(subject).equals("PRP") || "NATIONALITY".equals(graph.entity(subject)));
        if (!party) {
            return false;
        }
        boolean must = graph.children(clause, "aux").stream().anyMatch(aux -> OBLIGATIONS.contains(graph.lemma(aux)));
        boolean haveTo = (graph.lemma(clause).equals("have") || graph.lemma(clause).equals("need"))
                && graph.children(clause, "xcomp").stream().anyMatch(x -> graph.hasChild(x, "mark", "to"));
        return must || haveTo;
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
