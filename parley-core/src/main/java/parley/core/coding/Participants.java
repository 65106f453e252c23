package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.nlp.Dependency;

/**
 * Who acts and toward whom (CODEBOOK.md section 5): subjects through control, coordination,
 * participles and passives; the participants of event nouns; recipients the clause implies.
 */
final class Participants {
    private final CodingLexicon lexicon;
    /** "Pakistan is committed to", "Kyiv is prepared to": passive in form, the subject acts. */
    private final Set<String> stativePassives;

    Participants(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.stativePassives = lexicon.words("stative_passives");
    }

    /**
     * Recipients the clause implies without naming: "a ceasefire, which Ukraine accepted" answers
     * whoever proposed the ceasefire; "Russia rejects this logic" answers the actors of the event
     * just told.
     */
    Map<String, ActorRef> implicitRecipients(ArticleActors actors, SentenceGraph graph, int t,
                                                     LocalDate day, Set<String> actorCodes,
                                                     Event previous) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        if (graph.relation(t).startsWith("acl:relcl")) {
            int noun = graph.head(t);
            int verb = noun >= 0 ? graph.head(noun) : -1;
            if (verb >= 0) {
                for (ActorRef ref : subjects(actors, graph, verb, day, 0)) {
                    if (!actorCodes.contains(ref.code())) {
                        found.putIfAbsent(ref.code(), ref);
                    }
                }
            }
            return found;
        }
        List<Integer> objects = new ArrayList<>(graph.children(t, "obj"));
        objects.addAll(graph.children(t, "obl:to")); // "responded positively to this initiative"
        for (int object : objects) {
            if (previous != null && pointsBack(graph, object) && graph.children(object, "amod").isEmpty()) {
                List<ActorRef> sides = new ArrayList<>(previous.actor());
                sides.addAll(previous.recipient());
                for (ActorRef ref : sides) {
                    if (!actorCodes.contains(ref.code())) {
                        found.putIfAbsent(ref.code(), ref);
                    }
                }
            }
        }
        return found;
    }

    /** "this proposal", "the plan", "these demands": a thing the text has just told of. */
    static boolean pointsBack(SentenceGraph graph, int object) {
        boolean definite = graph.hasChild(object, "det", "this") || graph.hasChild(object, "det", "that")
                || graph.hasChild(object, "det", "the") || graph.hasChild(object, "det", "these");
        return definite && graph.children(object, "nmod").isEmpty();
    }

    static boolean isNounHead(SentenceGraph graph, int i, BitSet region) {
        String pos = graph.pos(i);
        if (!(pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("JJ"))) {
            return false;
        }
        // Only the head of a name ("States" of "the United States") resolves, once.
        String relation = graph.relation(i);
        return !(relation.equals("compound") && region.get(graph.head(i)) && graph.pos(graph.head(i)).startsWith("NNP"));
    }

    /**
     * A mediator rather than a party: it addresses two or more others ("a ceasefire between
     * Ukraine and Russia"), or it is not among the article's two most-mentioned sides.
     */
    static boolean isThirdParty(Set<String> actorCodes, Set<String> recipientCodes, List<String> parties) {
        if (recipientCodes.size() >= 2) {
            return true;
        }
        for (String code : actorCodes) {
            if (parties.contains(code)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sides a deal is between, in the object or the purpose clause of the verb: "reached a deal
     * to end the war in Gaza between Israel and Hamas" is between Israel and Hamas, not Gaza.
     */
    List<ActorRef> between(ArticleActors actors, SentenceGraph graph, int verb, LocalDate day) {
        BitSet region = new BitSet();
        for (Dependency child : graph.children(verb)) {
            if (child.relation().equals("obj") || child.relation().equals("advcl:to")) {
                region.or(graph.subtree(child.dependent()));
            }
        }
        Map<String, ActorRef> found = new LinkedHashMap<>();
        for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
            if (graph.relation(i).endsWith(":between") && isNounHead(graph, i, region)) {
                actors.resolve(graph, i, day).forEach(ref -> found.putIfAbsent(ref.code(), ref));
            }
        }
        return List.copyOf(found.values());
    }

    /** Who used the force an attack noun tells of: "Israeli airstrikes", "Russia's attacks". */
    List<ActorRef> attackers(ArticleActors actors, SentenceGraph graph, int noun, LocalDate day) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        for (int adjective : graph.children(noun, "amod")) {
            actors.owner(graph, adjective, day).forEach(ref -> found.putIfAbsent(ref.code(), ref));
        }
        for (int owner : graph.children(noun, "nmod:poss")) {
            actors.resolve(graph, owner, day).forEach(ref -> found.putIfAbsent(ref.code(), ref));
        }
        return List.copyOf(found.values());
    }

    /** Actors of an event noun: "talks between Russia and Ukraine", "delegations of X, Y and Z met". */
    List<ActorRef> participants(ArticleActors actors, SentenceGraph graph, int noun, int verb, LocalDate day) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        BitSet region = graph.subtree(noun);
        if (verb >= 0 && verb != noun) {
            // "talks took place in Riyadh between the US and the Ukrainian delegation"
            for (Dependency child : graph.children(verb)) {
                if (child.relation().startsWith("obl:between") || child.relation().startsWith("obl:with")) {
                    region.or(graph.subtree(child.dependent()));
                }
            }
        }
        for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
            if (i != noun && isNounHead(graph, i, region)) {
                for (ActorRef ref : actors.resolve(graph, i, day)) {
                    found.putIfAbsent(ref.code(), ref);
                }
            }
        }
        return List.copyOf(found.values());
    }

    List<Integer> subjectHeads(SentenceGraph graph, int t) {
        List<Integer> heads = new ArrayList<>(graph.children(t, "nsubj"));
        heads.addAll(graph.children(t, "obl:agent"));
        return heads;
    }

    /**
     * The actor of a verb or adjective: its subject; the agent of a passive; or, for a clause
     * without its own subject (control, coordination, participles), its governor's subject.
     */
    List<ActorRef> subjects(ArticleActors actors, SentenceGraph graph, int t, LocalDate day, int depth) {
        if (Triggers.coordinatedWithGovernor(graph, t)) {
            return subjects(actors, graph, graph.head(t), day, depth + 1); // "demanded ... and threatened"
        }
        List<ActorRef> found = new ArrayList<>();
        for (int agent : graph.children(t, "obl:agent")) {
            found.addAll(actors.resolve(graph, agent, day));
        }
        if (found.isEmpty()) {
            for (Dependency child : graph.children(t)) {
                boolean stative = child.relation().equals("nsubj:pass") && stativePassives.contains(graph.lemma(t));
                if (child.relation().equals("nsubj") || child.relation().equals("nsubj:xsubj") || stative) {
                    List<ActorRef> bound = boundPronoun(actors, graph, t, child.dependent(), day);
                    found.addAll(bound != null ? bound : actors.resolve(graph, child.dependent(), day));
                }
            }
        }
        if (!found.isEmpty() || depth > 3) {
            return dedup(found);
        }
        boolean hasOwnSubject = !graph.children(t, "nsubj").isEmpty();
        String relation = graph.relation(t);
        int head = graph.head(t);
        if (relation.equals("acl") && graph.pos(t).equals("VBG") && !hasOwnSubject && head >= 0 && t > 0
                && graph.pos(t - 1).equals(",") && graph.head(head) >= 0 && graph.pos(graph.head(head)).startsWith("VB")) {
            // "seconded Trump's initiative, threatening Moscow with sanctions": the parser hangs the
            // participle on the object; it tells what the clause's subject did
            return subjects(actors, graph, graph.head(head), day, depth + 1);
        }
        if (!hasOwnSubject && head >= 0 && (relation.equals("advcl:of") || relation.equals("advcl:for"))
                && !graph.children(head, "obj").isEmpty()) {
            // "accused Russia of pretending ...", "blamed Kyiv for attacking ...": the object did it
            List<ActorRef> controller = new ArrayList<>();
            graph.children(head, "obj").forEach(object -> controller.addAll(actors.resolve(graph, object, day)));
            return dedup(controller);
        }
        if (!hasOwnSubject && head >= 0 && (relation.equals("xcomp") || relation.startsWith("conj")
                || relation.equals("dep") || relation.startsWith("advcl") || relation.equals("acl"))) {
            return subjects(actors, graph, head, day, depth + 1);
        }
        if (relation.startsWith("acl:relcl") && head >= 0 && !hasOwnSubject
                && graph.children(t, "nsubj:pass").isEmpty()
                && graph.children(head, "ref").stream().anyMatch(ref -> ref < t && ref > head
                        && Set.of("which", "who").contains(graph.lower(ref)))) {
            return actors.resolve(graph, head, day); // "Iran, which expressed opposition": the parser lost the subject
        }
        if (Triggers.gerundAfterPreposition(graph, t)) {
            int verb = Triggers.gerundGovernor(graph, t);
            return verb >= 0 ? subjects(actors, graph, verb, day, depth + 1) : List.of();
        }
        return List.of();
    }

    /**
     * "Putin told Witkoff that he was ready": a pronoun subject of a reported clause is the
     * speaker, not the last person named.
     */
    List<ActorRef> boundPronoun(ArticleActors actors, SentenceGraph graph, int t, int subject, LocalDate day) {
        String word = graph.lower(subject);
        if (!(word.equals("he") || word.equals("she") || word.equals("it") || word.equals("they"))) {
            return null;
        }
        int clause = t;
        while (clause >= 0 && !graph.relation(clause).startsWith("ccomp") && (graph.relation(clause).equals("xcomp")
                || graph.relation(clause).startsWith("conj") || graph.pos(clause).startsWith("JJ"))) {
            clause = graph.head(clause);
        }
        if (clause < 0 || !graph.relation(clause).startsWith("ccomp")) {
            return null;
        }
        int speech = graph.head(clause);
        if (speech < 0 || !lexicon.isSpeechVerb(graph.lemma(speech))) {
            return null;
        }
        for (int speaker : graph.children(speech, "nsubj")) {
            if (speaker < subject) {
                List<ActorRef> refs = actors.resolve(graph, speaker, day);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
        }
        return null;
    }

    static List<ActorRef> dedup(List<ActorRef> refs) {
        Map<String, ActorRef> byCode = new LinkedHashMap<>();
        for (ActorRef ref : refs) {
            byCode.putIfAbsent(ref.code(), ref);
        }
        return List.copyOf(byCode.values());
    }
}
