package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Location;
import parley.model.nlp.Dependency;

/**
 * The participants stage: who acts and toward whom (CODEBOOK.md section 5): subjects through
 * control, coordination, participles and passives; the participants of event nouns; recipients
 * among the objects and obliques, or those the clause implies; the place of the act.
 */
final class Participants {
    /** Types aimed at someone: without a named recipient, at the other side of the article's conflict. */
    static final Set<EventType> DIRECTED = Set.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN,
            EventType.ACCUSE, EventType.AGREE, EventType.SUPPORT, EventType.ASSAULT, EventType.SANCTION,
            EventType.MOBILIZE, EventType.COERCE);

    /** Types whose actor may be a description of no state, read as the article's state, with the sectors allowed. */
    private static final Map<EventType, Set<String>> DOMESTIC = Map.of(
            EventType.COERCE, Set.of("COP", "GOV", "MIL", "JUD"),
            EventType.MOBILIZE, Set.of("COP", "MIL"),
            EventType.PROTEST, Set.of("CVL", "EDU", "OPP"));
    /** Acts of force that, aimed at a place, are aimed at its state. */
    private static final Set<EventType> PLACE_AIMED = Set.of(EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE);
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "hour",
            "hours", "year", "years", "minute", "minutes");

    private final CodingLexicon lexicon;
    /** "Pakistan is committed to", "Kyiv is prepared to": passive in form, the subject acts. */
    private final Set<String> stativePassives;
    private final Set<String> judgements;
    private final Set<String> crowds;
    private final Set<String> people;

    Participants(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.stativePassives = lexicon.words("stative_passives");
        this.judgements = lexicon.words("judgements");
        this.people = lexicon.words("people");
        this.crowds = lexicon.words("crowds");
    }

    /**
     * Finds the actors, recipients and place of the act; drops it ("no-actor") when it finds none. Fallbacks
     * that supply a participant the clause does not name are recorded as rules.
     */
    Candidate find(Candidate c) {
        SentenceGraph graph = c.graph;
        ArticleActors actors = c.actors;
        int t = c.t();
        LocalDate day = c.codingDay;
        boolean eventNoun = c.shape(TriggerPattern.Shape.EVENT_NOUN);
        // "Moscow considers it unacceptable": Moscow rejects; "it" is what is rejected.
        int judge = judge(graph, t);
        boolean reported = c.shape(TriggerPattern.Shape.REPORTED);
        String named = c.trigger.pattern().actor();
        List<ActorRef> actor = named != null ? actors.resolve(graph, c.trigger.bound().get(named), day)
                : c.shape(TriggerPattern.Shape.NOMINAL) ? attackers(actors, graph, t, day)
                : eventNoun ? participants(actors, graph, t, c.trigger.clauseHead(), day)
                : judge >= 0 ? subjects(actors, graph, judge, day, 0)
                : reported ? reporter(c)
                : subjects(actors, graph, t, day, 0);
        if (c.trigger.pattern().withGovernor() && graph.children(t, "nmod:between").isEmpty() && graph.head(t) >= 0) {
            Map<String, ActorRef> joined = new LinkedHashMap<>();
            subjects(actors, graph, graph.head(t), day, 0).forEach(a -> joined.putIfAbsent(a.code(), a));
            actor.forEach(a -> joined.putIfAbsent(a.code(), a));
            actor = List.copyOf(joined.values());
        }
        if (actor.isEmpty() && c.shape(TriggerPattern.Shape.LIGHT)) {
            // "Negotiators reached a deal between Israel and Hamas"
            for (int object : graph.children(t, "obj")) {
                List<ActorRef> sides = between(actors, graph, t, day);
                if (sides.isEmpty()) {
                    sides = participants(actors, graph, object, -1, day);
                }
                actor = sides.size() >= 2 ? sides : List.of(); // not "support for the unity of Sudan"
            }
            if (!actor.isEmpty()) {
                c.fired("actor:sides-of-the-object");
            }
        }
        EventType type = c.act().type();
        if (actor.isEmpty() && eventNoun && (type == EventType.AGREE || type == EventType.CONSULT
                || type == EventType.RETREAT)) {
            // "an agreement was reached", "talks took place", "the truce came into force": between
            // the article's two sides.
            List<ActorRef> parties = new ArrayList<>();
            for (String party : actors.mainParties()) {
                parties.add(new ActorRef(null, null, party, null));
            }
            actor = parties.size() == 2 ? parties : List.of();
            if (!actor.isEmpty()) {
                c.fired("actor:the-article's-two-sides");
            }
        }
        if (actor.isEmpty() && type == EventType.COERCE && !graph.children(t, "nsubj:pass").isEmpty()
                && graph.children(t, "obl:agent").isEmpty() && !actors.mainParties().isEmpty()) {
            // "Mr Protasevich was detained on Sunday", "750 people have been arrested": those who hold
            // people are the authorities the article is about
            actor = List.of(new ActorRef(null, null, actors.mainParties().get(0), null));
            c.fired("actor:the-authorities-of-the-article");
        }
        String place = DOMESTIC.containsKey(type) ? stateOfPlaceIn(actors, graph, day) : null;
        String home = place == null && DOMESTIC.containsKey(type) && !actors.mainParties().isEmpty()
                ? actors.mainParties().get(0) : place;
        if (actor.isEmpty() && home != null) {
            // "Police arrested the activist", "security forces detained his allies", "protesters
            // rallied": forces and crowds of no named state act for the state of the place the
            // sentence names ("in Tehran"), else for the state the article is about
            for (int subject : graph.children(t, "nsubj")) {
                // "thousands gathered": a crowd counted, not described, is of the people
                String sector = crowds.contains(graph.lemma(subject)) ? "CVL" : actors.statelessSector(graph, subject, day);
                if (sector != null && DOMESTIC.get(type).contains(sector)) {
                    actor = List.of(new ActorRef(graph.word(subject), null, home, sector));
                    c.fired("actor:domestic-forces-of-the-article");
                    break;
                }
            }
        }
        if (actor.isEmpty() && type == EventType.PROTEST && place != null) {
            // "The demonstrations began in Istanbul", "there were protests in 11 provinces of Egypt":
            // the people of the place protest
            actor = List.of(new ActorRef(null, null, place, "CVL"));
            c.fired("actor:the-people-of-the-place");
        }
        if (actor.isEmpty()) {
            return c.drop("no-actor");
        }
        c.actor = actor;
        if (reported && !addressees(c)) {
            return c.drop("said-of-oneself"); // "'We must seize this opportunity,' Fidan said"
        }
        recipients(c, judge);
        if (type == EventType.PROTEST && c.recipients.isEmpty()) {
            // crowds protest to their own government unless the clause names another target
            c.recipients.put(actor.get(0).code(), new ActorRef(null, null, actor.get(0).code(), null));
            c.fired("recipient:their-own-state");
        }
        return c;
    }

    /**
     * Who says the clause: the subject of the speech verb it is reported by ("Kyiv said Russia must
     * withdraw"), also when the verb comes after the quote ("'...,' Zelensky said"), or else the
     * speaker of the quote the trigger stands in.
     */
    List<ActorRef> reporter(Candidate c) {
        return reporter(c.actors, c.graph, c.t(), c.codingDay);
    }

    /** Who says the clause of {@code token} (see {@link #reporter(Candidate)}). */
    List<ActorRef> reporter(ArticleActors actors, SentenceGraph graph, int token, LocalDate day) {
        int clause = token;
        for (int depth = 0; depth < 3 && graph.pos(clause).startsWith("NN") && graph.head(clause) >= 0; depth++) {
            clause = graph.head(clause); // "said the Ukrainian shells landed near the plant": the clause of the noun
        }
        if (graph.pos(clause).startsWith("VB") && clause != token && lexicon.isSpeechVerb(graph.lemma(clause))) {
            return subjects(actors, graph, clause, day, 0); // "Kyiv reported attacks by Moscow"
        }
        while (clause >= 0 && (graph.relation(clause).equals("xcomp") || graph.relation(clause).startsWith("conj")
                || graph.pos(clause).startsWith("JJ") && graph.head(clause) >= 0 && graph.relation(clause).equals("amod"))) {
            clause = graph.head(clause);
        }
        List<Integer> speech = new ArrayList<>();
        if (clause >= 0 && graph.head(clause) >= 0 && (graph.relation(clause).startsWith("ccomp")
                || graph.relation(clause).startsWith("parataxis")) && lexicon.isSpeechVerb(graph.lemma(graph.head(clause)))) {
            speech.add(graph.head(clause));
        }
        if (clause >= 0) {
            for (int child : graph.children(clause, "parataxis")) {
                if (lexicon.isSpeechVerb(graph.lemma(child))) {
                    speech.add(child);
                }
            }
        }
        for (int verb : speech) {
            List<ActorRef> speakers = subjects(actors, graph, verb, day, 0);
            if (!speakers.isEmpty()) {
                return speakers;
            }
        }
        ActorRef quoted = actors.speakerAt(graph.token(token).begin());
        return quoted == null ? List.of() : List.of(quoted);
    }

    /**
     * The recipients of a reported act: the clause's subject ("Russia must withdraw"), or the side
     * its subject belongs to ("the Russian attack was a breach"). False when the subject is the
     * speaker's own side.
     */
    private boolean addressees(Candidate c) {
        SentenceGraph graph = c.graph;
        Set<String> actorCodes = c.actorCodes();
        boolean ownSide = false;
        for (int subject : graph.children(c.t(), "nsubj")) {
            List<ActorRef> refs = new ArrayList<>(c.actors.resolve(graph, subject, c.codingDay));
            if (refs.isEmpty()) {
                for (var child : graph.children(subject)) {
                    String relation = child.relation();
                    if (relation.equals("amod") || relation.equals("nmod:poss") || relation.startsWith("nmod:by")
                            || relation.equals("compound")) {
                        refs.addAll(c.actors.resolve(graph, child.dependent(), c.codingDay));
                        refs.addAll(c.actors.owner(graph, child.dependent(), c.codingDay));
                    }
                }
            }
            for (ActorRef ref : refs) {
                if (actorCodes.contains(ref.code())) {
                    ownSide = true;
                } else {
                    c.recipients.putIfAbsent(ref.code(), ref);
                }
            }
        }
        return !ownSide || !c.recipients.isEmpty();
    }

    /** The verb that judges the trigger adjective ("considers it unacceptable"), or -1. */
    private int judge(SentenceGraph graph, int t) {
        return graph.pos(t).startsWith("JJ") && graph.relation(t).equals("xcomp") && graph.head(t) >= 0
                && judgements.contains(graph.lemma(graph.head(t))) ? graph.head(t) : -1;
    }

    private void recipients(Candidate c, int judge) {
        SentenceGraph graph = c.graph;
        ArticleActors actors = c.actors;
        int t = c.t();
        LocalDate day = c.codingDay;
        Set<String> actorCodes = c.actorCodes();
        Map<String, ActorRef> recipients = c.recipients;
        BitSet subjectTokens = new BitSet();
        for (int subject : subjectHeads(graph, t)) {
            subjectTokens.or(graph.subtree(subject));
        }
        subjectTokens.andNot(graph.subtree(t)); // "leaders who visited Kyiv": the visit's own words are not its subject
        for (Dependency child : graph.children(t)) {
            String relation = child.relation();
            if (relation.startsWith("nsubj") || relation.equals("punct") || relation.startsWith("conj")
                    || relation.equals("parataxis")) {
                continue;
            }
            if (relation.equals("advmod") && graph.pos(child.dependent()).startsWith("VB")) {
                continue; // "Backed by the Rwandan army, M23 rebels launched ...": a circumstance
            }
            if (relation.contains("according") || (relation.startsWith("advcl") && !relation.equals("advcl:if")
                    && !relation.equals("advcl:unless"))) {
                // the source of the report, or another act beside this one ("while Netanyahu confirmed
                // the ceasefire, Araqchi denied ..."), is no party to it; a condition names its target
                continue;
            }
            boolean place = relation.equals("obl:in") || relation.equals("obl:at") || relation.equals("nmod:in");
            BitSet region = graph.subtree(child.dependent());
            BitSet all = graph.subtree(child.dependent());
            for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
                if (i != child.dependent() && graph.relation(i).startsWith("acl:relcl")) {
                    region.andNot(graph.subtree(i)); // "over the phone, during which he said ... Ukraine": another act
                }
            }
            for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
                if (subjectTokens.get(i) || !isNounHead(graph, i, region)) {
                    continue;
                }
                List<ActorRef> refs = actors.resolve(graph, i, day);
                if (refs.isEmpty() && !place) {
                    refs = actors.owner(graph, i, day);
                }
                for (ActorRef ref : refs) {
                    if (place && c.location == null) {
                        c.location = new Location(ref.text(), ref.code());
                    } else if (!place && !actorCodes.contains(ref.code())) {
                        recipients.putIfAbsent(ref.code(), ref);
                    }
                }
            }
        }
        if (judge >= 0) {
            for (int judged : graph.children(t, "nsubj")) {
                actors.resolve(graph, judged, day).stream().filter(ref -> !actorCodes.contains(ref.code()))
                        .forEach(ref -> recipients.putIfAbsent(ref.code(), ref));
            }
        }
        if (Triggers.gerundAfterPreposition(graph, t)) {
            BitSet region = graph.subtree(graph.head(t));
            region.andNot(graph.subtree(t));
            for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
                if (isNounHead(graph, i, region) && !graph.relation(i).startsWith("nmod:in")) {
                    Stream.concat(actors.resolve(graph, i, day).stream(), actors.owner(graph, i, day).stream())
                            .filter(ref -> !actorCodes.contains(ref.code()))
                            .forEach(ref -> recipients.putIfAbsent(ref.code(), ref));
                }
            }
        }
        boolean eventNoun = c.shape(TriggerPattern.Shape.EVENT_NOUN);
        if (eventNoun) {
            recipients.clear();
        } else if (recipients.isEmpty()) {
            recipients.putAll(implicitRecipients(actors, graph, t, day, actorCodes, c.previous));
            if (!recipients.isEmpty()) {
                c.fired("recipient:implied-by-the-clause");
            }
        }
        if (recipients.isEmpty() && !eventNoun) {
            parallelRecipients(c);
        }
        // "Aoun urged southerners to ...", "police arrested an opposition activist": the actor's own people
        boolean ownPeople = c.act().type() == EventType.REQUEST
                && graph.children(t, "obj").stream().anyMatch(object -> people.contains(graph.lemma(object)))
                || c.act().type() == EventType.COERCE && Stream.concat(graph.children(t, "obj").stream(),
                        graph.children(t, "nsubj:pass").stream()).anyMatch(held -> people.contains(graph.lemma(held))
                        || crowds.contains(graph.lemma(held)) || actors.statelessSector(graph, held, day) != null);
        if (recipients.isEmpty() && ownPeople) {
            c.actor.forEach(a -> recipients.putIfAbsent(a.code(), a));
            c.fired("recipient:own-people");
        }
        if (recipients.isEmpty() && PLACE_AIMED.contains(c.act().type())) {
            aimAtPlace(c);
        }
        if (recipients.isEmpty() && !eventNoun && DIRECTED.contains(c.act().type())) {
            aimAtOtherSide(c);
        }
    }

    /**
     * "Germany has expelled four Russian diplomats, while France says it is also expelling four": an
     * act that names no recipient, told in the sentence after the same act of another actor, is
     * aimed where that one is (the words are left out because they would repeat).
     */
    private static void parallelRecipients(Candidate c) {
        Set<String> actorCodes = c.actorCodes();
        for (Event earlier : c.sentenceEvents) {
            boolean same = earlier.type() == c.type && earlier.provenance().rule().equals(c.trigger.name());
            boolean other = earlier.actor().stream().noneMatch(a -> actorCodes.contains(a.code()));
            if (same && other && !earlier.recipient().isEmpty()) {
                earlier.recipient().stream().filter(r -> !actorCodes.contains(r.code()))
                        .forEach(r -> c.recipients.putIfAbsent(r.code(), r));
                c.fired("recipient:as-in-the-parallel-act");
                return;
            }
        }
    }

    /**
     * "annexed Crimea", "shelled Kherson", "strikes across the Gaza Strip": force aimed at a place
     * is aimed at the state it lies in.
     */
    private static void aimAtPlace(Candidate c) {
        SentenceGraph graph = c.graph;
        int t = c.t();
        BitSet region = graph.subtree(t);
        if (c.shape(TriggerPattern.Shape.NOMINAL) && graph.head(t) >= 0) {
            region.or(graph.subtree(graph.head(t))); // "Israeli strikes were reported across the Gaza Strip"
        }
        Set<String> actorCodes = c.actorCodes();
        for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
            if (graph.relation(i).equals("compound")) {
                continue;
            }
            String state = c.actors.stateOfPlace(graph, i);
            if (state != null && !actorCodes.contains(state)) {
                c.recipients.putIfAbsent(state, new ActorRef(graph.word(i), null, state, null));
                c.fired("recipient:the-state-of-the-place");
                return;
            }
        }
    }

    /** An act aimed at no one named is aimed at the other side of the article's conflict. */
    static void aimAtOtherSide(Candidate c) {
        Set<String> actorCodes = c.actorCodes();
        boolean aimed = false;
        for (String party : c.actors.mainParties()) {
            if (!actorCodes.contains(party)) {
                c.recipients.put(party, new ActorRef(null, null, party, null));
                aimed = true;
            }
        }
        if (aimed) {
            c.fired("recipient:the-other-side");
        }
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

    /** Who acts in an act told as a noun: "Israeli airstrikes", "Russia's attacks", "condemnation from Germany". */
    List<ActorRef> attackers(ArticleActors actors, SentenceGraph graph, int noun, LocalDate day) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        for (int agent : graph.children(noun, "nmod:by")) {
            actors.resolve(graph, agent, day).forEach(ref -> found.putIfAbsent(ref.code(), ref));
        }
        for (int agent : graph.children(noun, "nmod:from")) {
            actors.resolve(graph, agent, day).forEach(ref -> found.putIfAbsent(ref.code(), ref));
        }
        List<Integer> modifiers = new ArrayList<>(graph.children(noun, "amod"));
        modifiers.addAll(graph.children(noun, "compound"));
        for (int modifier : modifiers) {
            // "Israeli airstrikes"; "a Russian drone strike", where the parser may tag the nationality
            // as a proper noun and attach it as a compound
            boolean properNationality = graph.relation(modifier).equals("compound") && graph.pos(modifier).startsWith("NNP")
                    && "NATIONALITY".equals(graph.entity(modifier));
            (properNationality ? actors.resolve(graph, modifier, day) : actors.owner(graph, modifier, day))
                    .forEach(ref -> found.putIfAbsent(ref.code(), ref));
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
        for (int agent : agents(graph, t)) {
            found.addAll(actors.resolve(graph, agent, day));
        }
        if (found.isEmpty()) {
            for (Dependency child : graph.children(t)) {
                boolean stative = child.relation().equals("nsubj:pass") && stativePassives.contains(graph.lemma(t));
                if (child.relation().equals("nsubj") || child.relation().equals("nsubj:xsubj") || stative) {
                    int subject = timeNounSubject(graph, child.dependent());
                    List<ActorRef> bound = boundPronoun(actors, graph, t, subject, day);
                    found.addAll(bound != null ? bound : actors.resolve(graph, subject, day));
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
        if (graph.pos(t).equals("VBG") && !hasOwnSubject && afterComma(graph, t)
                && (relation.equals("dep") || relation.startsWith("acl") || relation.startsWith("advcl"))) {
            // "described the sanctions as part of an effort to force a ceasefire, calling on allies to ...":
            // a participle after a comma tells what the subject of its sentence's clause did, wherever
            // the parser hung it
            int clause = head;
            while (clause >= 0 && graph.head(clause) >= 0 && !graph.relation(clause).startsWith("ccomp")
                    && !(graph.pos(clause).startsWith("VB") && !graph.children(clause, "nsubj").isEmpty())) {
                clause = graph.head(clause);
            }
            if (clause >= 0 && clause != head && graph.pos(clause).startsWith("VB")) {
                return subjects(actors, graph, clause, day, depth + 1);
            }
            // "China insists it is a neutral party, regularly calling for ...": the parser found no
            // clause with a subject above the participle; the sentence's first subject before it acts
            List<ActorRef> first = firstSubject(actors, graph, t, day);
            if (!first.isEmpty()) {
                return first;
            }
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
        if (!hasOwnSubject && graph.children(t, "nsubj:pass").isEmpty() && t > 0 && graph.pos(t).startsWith("VB")
                && (relation.equals("root") || relation.startsWith("ccomp") || relation.equals("parataxis"))
                && graph.pos(t - 1).startsWith("NNP") && graph.head(t - 1) < t - 1
                && Set.of("appos", "dep").contains(graph.relation(t - 1))) {
            // "After a meeting with Pelosi in Tokyo, Japan's Prime Minister Fumio Kishida called for":
            // the parser hung the name right before the verb elsewhere (an apposition of "Tokyo") and
            // left the verb without a subject; the name it reads past is the one that acts
            List<ActorRef> before = actors.resolve(graph, t - 1, day);
            if (!before.isEmpty()) {
                return before;
            }
        }
        if (Triggers.gerundAfterPreposition(graph, t)) {
            int verb = Triggers.gerundGovernor(graph, t);
            return verb >= 0 ? subjects(actors, graph, verb, day, depth + 1) : List.of();
        }
        return List.of();
    }

    /**
     * The agents of a passive verb: "obl:agent", and "by" phrases of a verb in the passive or of
     * the predicate of one ("was deemed illegal by the government in Kiev, the U.S. and the EU").
     */
    private static List<Integer> agents(SentenceGraph graph, int t) {
        List<Integer> agents = new ArrayList<>(graph.children(t, "obl:agent"));
        if (agents.isEmpty() && isPassive(graph, t)) {
            agents.addAll(graph.children(t, "obl:by"));
            for (int predicate : graph.children(t, "xcomp")) {
                agents.addAll(graph.children(predicate, "obl:by"));
            }
        }
        return agents;
    }

    private static boolean isPassive(SentenceGraph graph, int verb) {
        return graph.pos(verb).equals("VBN")
                && (!graph.children(verb, "aux:pass").isEmpty() || !graph.children(verb, "nsubj:pass").isEmpty());
    }

    /** The state of the first place the sentence puts something "in" ("in Istanbul", "in Egypt"), or null. */
    private static String stateOfPlaceIn(ArticleActors actors, SentenceGraph graph, LocalDate day) {
        for (int i = 0; i < graph.size(); i++) {
            String relation = graph.relation(i);
            if (!(relation.startsWith("obl:in") || relation.startsWith("nmod:in")) || relation.startsWith("nmod:including")) {
                continue;
            }
            String state = actors.stateOfPlace(graph, i);
            if (state == null && "COUNTRY".equals(graph.entity(i))) {
                state = actors.resolve(graph, i, day).stream().map(ActorRef::code).findFirst().orElse(null);
            }
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** Whether the participle's phrase follows a comma: ", calling for", ", regularly calling for". */
    private static boolean afterComma(SentenceGraph graph, int t) {
        int first = t;
        while (first > 0 && graph.head(first - 1) == t && graph.relation(first - 1).equals("advmod")) {
            first--;
        }
        return first > 0 && graph.pos(first - 1).equals(",");
    }

    /** The actors of the first subject in the sentence before {@code t} whose clause comes before it too. */
    private static List<ActorRef> firstSubject(ArticleActors actors, SentenceGraph graph, int t, LocalDate day) {
        for (int i = 0; i < t; i++) {
            int governor = graph.head(i);
            if (graph.relation(i).equals("nsubj") && governor >= 0 && governor < t) {
                List<ActorRef> refs = actors.resolve(graph, i, day);
                if (!refs.isEmpty()) {
                    return refs;
                }
            }
        }
        return List.of();
    }

    /**
     * "one day after ministers from Ukraine and Russia signed": the parser makes the time the
     * subject; the actors are what it is after or before.
     */
    private static int timeNounSubject(SentenceGraph graph, int subject) {
        if (TIME_NOUNS.contains(graph.lemma(subject))) {
            for (var child : graph.children(subject)) {
                if (child.relation().equals("nmod:after") || child.relation().equals("nmod:before")) {
                    return child.dependent();
                }
            }
        }
        return subject;
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
