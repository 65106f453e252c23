package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import parley.core.actors.ActorDictionary;
import parley.core.time.DateMention;
import parley.core.time.DateResolver;

import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;

/**
 * Codes events from the dependency parse. For every trigger (a verb, a predicate adjective such
 * as "ready", or an event noun that "took place") it finds the actor among the subjects (following
 * control and coordination, and the agent of a passive), the recipients among the objects and
 * obliques, the issues in the clause, the date from the clause's date expressions or the date in
 * focus, and the qualifiers (negation, modality, conditionals, future).
 *
 * <pre>{@code
 * EventCoder coder = new RuleBasedEventCoder(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(),
 *         new DateResolver());
 * List<Event> events = coder.code(article, annotator.annotate(maskedText, article.published()));
 * }</pre>
 */
public final class RuleBasedEventCoder implements EventCoder {
    /** Version of the rules in this class; recorded in provenance with the lexicon's version. */
    public static final String RULES_VERSION = "rules-1";
    private static final Set<EventType> DIRECTED = Set.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN,
            EventType.ACCUSE, EventType.AGREE, EventType.SUPPORT, EventType.ASSAULT);
    private static final Set<String> CONCESSION_ISSUES = Set.of("ceasefire", "territory", "prisoners", "humanitarian",
            "sanctions", "energy");
    private static final Set<String> PROSPECTS = Set.of("possibility", "prospect", "idea", "need", "plan", "proposal",
            "readiness", "willingness", "chance", "hope", "push", "demand", "offer", "invitation", "ready",
            "willing", "open", "propose", "suggest", "seek", "want");
    /** "Pakistan is committed to", "Kyiv is prepared to": passive in form, the subject acts. */
    private static final Set<String> STATIVE_PASSIVES = Set.of("commit", "prepare", "determine", "resolve", "engage");
    private static final Set<String> ROUNDS = Set.of("round", "series", "set");
    /** Named-entity tags of an adjective or name that can stand for a side ("Israeli", "Russia's"). */
    private static final Set<String> SIDES = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "LOCATION");
    /** Words that make an attack what is stopped or asked about, not something that happened. */
    private static final Set<String> HALTS = Set.of("halt", "pause", "stop", "end", "cessation", "moratorium",
            "ceasefire", "truce", "ban", "suspension", "suspend", "refrain", "refusal", "cease", "prevent", "avoid",
            "threat", "risk", "fear", "possibility", "without", "no");
    private static final Set<String> PLACES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");
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
    private static final Set<String> ORDERS = Set.of("tell", "order", "instruct", "direct");
    private static final Set<String> PEOPLE = Set.of("resident", "southerner", "northerner", "civilian", "citizen",
            "population", "villager", "people");
    private static final Set<String> AID_ISSUES = Set.of("military_aid", "humanitarian", "energy");
    private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");
    /** Acts that "will not" turns into a refusal. */
    private static final Set<EventType> REFUSABLE = Set.of(EventType.AGREE, EventType.RETREAT, EventType.SUPPORT,
            EventType.CONCEDE, EventType.CONSULT, EventType.AID);
    private static final Set<String> REFUSING_MODALS = Set.of("will", "would", "can", "could", "shall", "wo", "ca");
    private static final Set<String> INTENTS = Set.of("seek", "try", "attempt", "aim");
    /** Verbs that judge a thing with an adjective: "considers it unacceptable", "called the plan unrealistic". */
    private static final Set<String> JUDGEMENTS = Set.of("consider", "deem", "call", "find", "regard", "describe",
            "declare", "label", "see");
    private static final Set<String> RESPONSES = Set.of("respond", "react", "reply", "retaliate", "hit back");
    private static final Set<String> FAVOURABLY = Set.of("positively", "constructively", "favourably", "favorably",
            "warmly", "affirmatively");
    /** "confirmed direct talks with Iranian authorities": the talks took place. */
    private static final Set<String> CONFIRMATIONS = Set.of("confirm", "acknowledge");
    private static final Set<String> PROPOSALS = Set.of("proposal", "plan", "initiative", "offer", "idea",
            "ceasefire", "truce", "proposals");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("could", "might", "may", "should", "would", "can");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether");
    private static final Set<String> FUTURE_GOVERNORS = Set.of("plan", "intend", "prepare", "aim", "hope", "want", "be",
            "expect", "seek", "propose", "offer", "agree", "ready", "willing", "prepared", "set");

    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final DateResolver dates;

    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
    }

    @Override
    public List<Event> code(Article article, AnnotatedText text) {
        String masked = article.bodyText();
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, text, masked);
        LocalDate mainDate = EventDating.mainDate(dates, article, text, masked);
        LocalDate published = article.published();
        LocalDate focus = mainDate;
        // Without a publication date, the year the text fixes dates "May 16" (never "Monday"), and
        // each date the text then names, at its own precision, is in focus for what follows ("In
        // April 2023, ..." then "In September of that same year"); acts told without a date of their
        // own take that date, or none before the text has named one.
        Integer year = published == null ? ArticleYear.of(masked, actors.matches(), LocalDate.now()) : null;
        String focusValue = year == null ? null : year.toString();
        String namedFocus = null;
        List<Event> events = new ArrayList<>();
        Map<Integer, List<String>> sentenceIssues = new HashMap<>();
        Map<String, List<String>> pointedBack = new HashMap<>();
        Event previous = null;
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty() || article.isFurniture(sentence.begin(), sentence.end())) {
                continue;
            }
            SentenceGraph graph = new SentenceGraph(sentence);
            String sentenceText = article.text().substring(sentence.begin(), sentence.end());
            List<DateMention> mentions = published == null
                    ? dates.findWithFocusValue(sentenceText, null, focusValue, EventDating.tenseOf(graph))
                    : dates.find(sentenceText, published, focus, EventDating.tenseOf(graph));
            LocalDate newFocus = focus;
            String newNamedFocus = namedFocus;
            for (DateMention mention : mentions) {
                if (published == null && EventDating.datesAnAct(mention)) {
                    newNamedFocus = mention.value(); // "during the lead-up to the talks in 2015"
                }
            }
            String defaultFocus = published == null ? namedFocus : focus == null ? null : focus.toString();
            for (int i = 0; i < graph.size(); i++) {
                Trigger trigger = trigger(graph, i);
                if (trigger == null || complementOfTrigger(graph, i)) {
                    continue;
                }
                Event event = build(article, actors, graph, sentenceText, mentions, defaultFocus, trigger, previous);
                if (event != null) {
                    events.add(event);
                    if (event.issues().isEmpty() && previous != null && !previous.issues().isEmpty()
                            && graph.children(i, "obj").stream().anyMatch(object -> pointsBack(graph, object))) {
                        // "European allies endorsed the plan": about what the plan just told was about
                        pointedBack.put(IssueContext.key(event), previous.issues());
                    }
                    BitSet all = new BitSet();
                    all.set(0, graph.size());
                    sentenceIssues.computeIfAbsent(sentence.begin(),
                            begin -> IssueTagger.tag(lexicon, graph, all, sentenceText, begin));
                    // What "this proposal", "the accord" point back to: the act just told.
                    previous = event;
                    LocalDate day = EventDating.dayOf(event.date());
                    if (day != null && event.dateText() != null && (published == null || !day.isAfter(published))) {
                        newFocus = day; // a day still to come ("will take effect on May 8") dates no report after it
                    }
                    if (event.date() != null && event.dateText() != null) {
                        newNamedFocus = event.date();
                    }
                }
            }
            // The date in focus carries on until the text names another (CODEBOOK.md section 6).
            focus = newFocus;
            namedFocus = newNamedFocus;
            if (namedFocus != null) {
                focusValue = namedFocus;
            }
        }
        return IssueContext.fill(Dedup.merge(article.id(), events), pointedBack, sentenceIssues);
    }

    /** A word that signals an event, with the rule it fired and what its clause hangs on. */
    private record Trigger(int index, TriggerRule rule, String name, int clauseHead) {
    }

    private Trigger trigger(SentenceGraph graph, int i) {
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
                    && graph.children(object, "nmod:of").stream().anyMatch(of -> PLACES.contains(graph.ner(of))))) {
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
                    .anyMatch(object -> graph.pos(object).startsWith("NNP") || "NATIONALITY".equals(graph.ner(object))
                            || lexicon.isAgentNoun(graph.lower(object)))) {
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
            // "spoke by phone with Putin", "talked with Erdogan": a call or meeting held
            if ((lemma.equals("speak") || lemma.equals("talk")) && !graph.children(i, "obl:with").isEmpty()) {
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
    private boolean complementOfTrigger(SentenceGraph graph, int i) {
        int head = graph.head(i);
        String relation = graph.relation(i);
        if (relation.equals("amod")) {
            // "alleged discrimination", "the proposed truce": a participle describing a thing
            return !gerundAfterPreposition(graph, i);
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
    private boolean attributedAttack(SentenceGraph graph, int noun) {
        boolean side = graph.children(noun, "amod").stream().anyMatch(adjective -> SIDES.contains(graph.ner(adjective)))
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
    private static int gerundGovernor(SentenceGraph graph, int gerund) {
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
    private static boolean prospective(SentenceGraph graph, int noun) {
        int head = graph.head(noun);
        for (int depth = 0; head >= 0 && depth < 2; depth++, head = graph.head(head)) {
            if (PROSPECTS.contains(graph.lemma(head))) {
                return true;
            }
        }
        return false;
    }

    private boolean happening(SentenceGraph graph, int verb) {
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

    private Event build(Article article, ArticleActors actors, SentenceGraph graph, String sentenceText,
                        List<DateMention> mentions, String focus, Trigger trigger,
                        Event previous) {
        int t = trigger.index();
        int clause = trigger.clauseHead();
        Sentence sentence = graph.sentence();
        DateMention dateMention = EventDating.dateFor(graph, mentions, clause, sentence.begin());
        LocalDate eventDay = dateMention != null ? EventDating.dayOf(dateMention.value()) : null;
        LocalDate codingDay = eventDay != null ? eventDay : article.published();

        boolean nounTrigger = trigger.name().startsWith("noun:");
        // "Moscow considers it unacceptable": Moscow rejects; "it" is what is rejected.
        int judge = graph.pos(t).startsWith("JJ") && graph.relation(t).equals("xcomp") && graph.head(t) >= 0
                && JUDGEMENTS.contains(graph.lemma(graph.head(t))) ? graph.head(t) : -1;
        List<ActorRef> actor = trigger.name().startsWith("nominal:") ? attackers(actors, graph, t, codingDay)
                : nounTrigger ? participants(actors, graph, t, clause, codingDay)
                : judge >= 0 ? subjects(actors, graph, judge, codingDay, 0)
                : subjects(actors, graph, t, codingDay, 0);
        if (trigger.name().endsWith("+with") && graph.children(t, "nmod:between").isEmpty() && graph.head(t) >= 0) {
            Map<String, ActorRef> joined = new LinkedHashMap<>();
            subjects(actors, graph, graph.head(t), codingDay, 0).forEach(a -> joined.putIfAbsent(a.code(), a));
            actor.forEach(a -> joined.putIfAbsent(a.code(), a));
            actor = List.copyOf(joined.values());
        }
        if (actor.isEmpty() && trigger.name().startsWith("light:")) {
            // "Negotiators reached a deal between Israel and Hamas"
            for (int object : graph.children(t, "obj")) {
                List<ActorRef> sides = between(actors, graph, t, codingDay);
                if (sides.isEmpty()) {
                    sides = participants(actors, graph, object, -1, codingDay);
                }
                actor = sides.size() >= 2 ? sides : List.of(); // not "support for the unity of Sudan"
            }
        }
        if (actor.isEmpty() && nounTrigger && (trigger.rule().type() == EventType.AGREE || trigger.rule().type() == EventType.CONSULT
                || trigger.rule().type() == EventType.RETREAT)) {
            // "an agreement was reached", "talks took place", "the truce came into force": between
            // the article's two sides.
            List<ActorRef> parties = new ArrayList<>();
            for (String party : actors.mainParties()) {
                parties.add(new ActorRef(null, null, party, null));
            }
            actor = parties.size() == 2 ? parties : List.of();
        }
        if (actor.isEmpty()) {
            return null;
        }
        BitSet subjectTokens = new BitSet();
        for (int subject : subjectHeads(graph, t)) {
            subjectTokens.or(graph.subtree(subject));
        }
        subjectTokens.andNot(graph.subtree(t)); // "leaders who visited Kyiv": the visit's own words are not its subject
        Set<String> actorCodes = new LinkedHashSet<>();
        actor.forEach(a -> actorCodes.add(a.code()));
        Location location = null;
        Map<String, ActorRef> recipients = new LinkedHashMap<>();
        BitSet clauseTokens = graph.subtree(clause);
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
            for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
                if (subjectTokens.get(i) || !isNounHead(graph, i, region)) {
                    continue;
                }
                List<ActorRef> refs = actors.resolve(graph, i, codingDay);
                if (refs.isEmpty() && !place) {
                    refs = actors.owner(graph, i, codingDay);
                }
                for (ActorRef ref : refs) {
                    if (place && location == null) {
                        location = new Location(ref.text(), ref.code());
                    } else if (!place && !actorCodes.contains(ref.code())) {
                        recipients.putIfAbsent(ref.code(), ref);
                    }
                }
            }
        }
        if (judge >= 0) {
            for (int judged : graph.children(t, "nsubj")) {
                actors.resolve(graph, judged, codingDay).stream().filter(ref -> !actorCodes.contains(ref.code()))
                        .forEach(ref -> recipients.putIfAbsent(ref.code(), ref));
            }
        }
        if (gerundAfterPreposition(graph, t)) {
            BitSet region = graph.subtree(graph.head(t));
            region.andNot(graph.subtree(t));
            for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
                if (isNounHead(graph, i, region) && !graph.relation(i).startsWith("nmod:in")) {
                    Stream.concat(actors.resolve(graph, i, codingDay).stream(), actors.owner(graph, i, codingDay).stream()).filter(ref -> !actorCodes.contains(ref.code()))
                            .forEach(ref -> recipients.putIfAbsent(ref.code(), ref));
                }
            }
        }
        if (nounTrigger) {
            recipients.clear();
        } else if (recipients.isEmpty()) {
            recipients.putAll(implicitRecipients(actors, graph, t, codingDay, actorCodes, previous));
        }
        boolean ownPeople = trigger.rule().type() == EventType.REQUEST
                && graph.children(t, "obj").stream().anyMatch(object -> PEOPLE.contains(graph.lemma(object)));
        if (recipients.isEmpty() && ownPeople) {
            actor.forEach(a -> recipients.putIfAbsent(a.code(), a)); // "Aoun urged southerners to ...": his own people
        }
        if (recipients.isEmpty() && !nounTrigger && DIRECTED.contains(trigger.rule().type())) {
            // An act aimed at no one named is aimed at the other side of the article's conflict.
            for (String party : actors.mainParties()) {
                if (!actorCodes.contains(party)) {
                    recipients.put(party, new ActorRef(null, null, party, null));
                }
            }
        }
        List<String> issues = new ArrayList<>(IssueTagger.tag(lexicon, graph,
                nounTrigger ? clauseTokens : gerundAfterPreposition(graph, t) ? graph.subtree(graph.head(t))
                        : IssueTagger.scope(graph, t, clause), sentenceText, sentence.begin()));
        TriggerRule rule = trigger.rule();
        if (rule.needsIssue() && issues.isEmpty()) {
            return null;
        }
        if (rule.needsObjectClause() && !graph.children(t, "obj").isEmpty() && graph.children(t, "obj").stream()
                .noneMatch(object -> graph.pos(object).startsWith("NNP") || graph.pos(object).equals("PRP")
                        || "NATIONALITY".equals(graph.ner(object)) || lexicon.isAgentNoun(graph.lower(object)))) {
            return null; // "expected the truce to hold": a forecast, not a demand on anyone
        }
        if (rule.needsObjectClause() && graph.children(t, "xcomp").isEmpty() && graph.children(t, "ccomp").isEmpty()) {
            return null;
        }
        Aux aux = qualifier(graph, t);
        if (aux == null && clause != t) {
            aux = qualifier(graph, clause); // "if peace talks start", "talks would take place"
        }
        if (aux == null && trigger.name().endsWith("+with") && graph.head(t) >= 0) {
            aux = qualifier(graph, graph.head(t)); // "Putin will not be present during the talks with ..."
        }
        boolean future = aux == Aux.FUTURE || futureByGovernor(graph, t);
        EventType type = rule.type();
        String mode = rule.mode();
        int refused = trigger.name().endsWith("+with") && graph.head(t) >= 0 ? graph.head(t) : t;
        if (REFUSABLE.contains(type) && refusal(graph, refused)) {
            // "Hamas will not disarm", "M23 would not withdraw", "Putin will not be present at the
            // talks": saying one will not do it is refusing it
            type = EventType.REJECT;
            mode = null;
            aux = null;
            future = false;
        }
        if (type == EventType.COERCE && graph.children(t, "obj").stream().anyMatch(object -> PLACES.contains(graph.ner(object)))) {
            type = EventType.ASSAULT; // "seizing Goma and Bukavu": taking ground by force
            if (!issues.contains("territory")) {
                issues.add("territory");
            }
        }
        if (future && rule.future() != null && type == rule.type()) {
            type = rule.future();
            mode = rule.futureMode();
        } else if (aux == Aux.FUTURE && type == EventType.SUPPORT) {
            type = EventType.AGREE; // "Kyiv would support the idea": a promise (CODEBOOK.md: promising is AGREE)
        } else if (aux == Aux.FUTURE && type != EventType.AGREE) {
            aux = Aux.HYPOTHETICAL; // "the conditions the Kremlin will demand": a prediction, not an act
        }
        if (type == EventType.CONCEDE && (!graph.children(t, "ccomp").isEmpty()
                || issues.stream().noneMatch(CONCESSION_ISSUES::contains))) {
            return null; // "announced that ..." reports; a concession concedes a truce, ground, prisoners
        }
        if (type != rule.type() && DIRECTED.contains(type) && recipients.isEmpty()) {
            // "Hamas will not disarm" refuses, "M23 seized Goma" attacks: the other side
            for (String party : actors.mainParties()) {
                if (!actorCodes.contains(party)) {
                    recipients.put(party, new ActorRef(null, null, party, null));
                }
            }
        }
        if (type == EventType.AID && issues.stream().noneMatch(AID_ISSUES::contains)) {
            return null; // "provided the names of the hostages" gives no aid
        }
        if (type == EventType.CONCEDE && isThirdParty(actorCodes, recipients.keySet(), actors.mainParties())
                && actor.stream().noneMatch(a -> "REB".equals(a.sector()))) {
            return null; // a mediator announcing the truce concedes nothing (CODEBOOK.md section 2)
        }
        if (rule.thirdParty() != null && isThirdParty(actorCodes, recipients.keySet(), actors.mainParties())) {
            type = rule.thirdParty();
            mode = "yield";
        }
        if (type == EventType.SUPPORT && actorCodes.stream().anyMatch(actors.mainParties()::contains)) {
            for (int object : graph.children(t, "obj")) {
                if (PROPOSALS.contains(graph.lemma(object)) || PROPOSALS.contains(graph.lower(object))) {
                    type = EventType.AGREE; // a party backing a proposal made to it accepts it
                }
            }
        }
        if (type == EventType.CONSULT && "phone".equals(mode) && !recipients.isEmpty()) {
            // A call has every participant as actor and no recipient (CODEBOOK.md section 1).
            Map<String, ActorRef> everyone = new LinkedHashMap<>();
            actor.forEach(a -> everyone.putIfAbsent(a.code(), a));
            recipients.values().forEach(r -> everyone.putIfAbsent(r.code(), r));
            actor = List.copyOf(everyone.values());
            recipients.clear();
        }
        if (type == EventType.CONSULT && location != null && actor.size() == 1 && recipients.isEmpty()
                && !actorCodes.contains(location.code()) && location.code() != null) {
            recipients.put(location.code(), new ActorRef(location.text(), null, location.code(), null));
            mode = "visit";
        }
        for (String issue : trigger.rule().issues()) {
            if (!issues.contains(issue) && (type == rule.type() || type == EventType.CONSULT)) {
                issues.add(issue);
            }
        }
        if (type == EventType.CONSULT && !issues.contains("peace_talks")) {
            issues.add("peace_talks");
        }
        String date = dateMention != null ? dateMention.value() : EventDating.defaultDate(graph, t, focus, article.published());
        if (aux == null && date != null && article.published() != null && date.length() >= 4) {
            int year = Integer.parseInt(date.substring(0, 4));
            if (year < article.published().getYear() - 1) {
                aux = Aux.HISTORICAL;
            }
        }
        double confidence = nounTrigger ? 0.5 : 0.7;
        return new Event(null, article.id(), type, mode, issues, actor, List.copyOf(recipients.values()),
                date, dateMention != null ? dateMention.text() : null, aux == Aux.FUTURE ? null : aux, location,
                new Evidence(sentenceText, sentence.begin(), sentence.end()), null, confidence,
                new Provenance(trigger.name(), graph.word(t), dictionary.version(),
                        lexicon.version() + "/" + RULES_VERSION));
    }

    /**
     * Recipients the clause implies without naming: "a ceasefire, which Ukraine accepted" answers
     * whoever proposed the ceasefire; "Russia rejects this logic" answers the actors of the event
     * just told.
     */
    private Map<String, ActorRef> implicitRecipients(ArticleActors actors, SentenceGraph graph, int t,
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
    private static boolean pointsBack(SentenceGraph graph, int object) {
        boolean definite = graph.hasChild(object, "det", "this") || graph.hasChild(object, "det", "that")
                || graph.hasChild(object, "det", "the") || graph.hasChild(object, "det", "these");
        return definite && graph.children(object, "nmod").isEmpty();
    }

    private static boolean isNounHead(SentenceGraph graph, int i, BitSet region) {
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
    private static boolean isThirdParty(Set<String> actorCodes, Set<String> recipientCodes, List<String> parties) {
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
    private List<ActorRef> between(ArticleActors actors, SentenceGraph graph, int verb, LocalDate day) {
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
    private List<ActorRef> attackers(ArticleActors actors, SentenceGraph graph, int noun, LocalDate day) {
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
    private List<ActorRef> participants(ArticleActors actors, SentenceGraph graph, int noun, int verb, LocalDate day) {
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

    private List<Integer> subjectHeads(SentenceGraph graph, int t) {
        List<Integer> heads = new ArrayList<>(graph.children(t, "nsubj"));
        heads.addAll(graph.children(t, "obl:agent"));
        return heads;
    }

    /**
     * The actor of a verb or adjective: its subject; the agent of a passive; or, for a clause
     * without its own subject (control, coordination, participles), its governor's subject.
     */
    private List<ActorRef> subjects(ArticleActors actors, SentenceGraph graph, int t, LocalDate day, int depth) {
        if (coordinatedWithGovernor(graph, t)) {
            return subjects(actors, graph, graph.head(t), day, depth + 1); // "demanded ... and threatened"
        }
        List<ActorRef> found = new ArrayList<>();
        for (int agent : graph.children(t, "obl:agent")) {
            found.addAll(actors.resolve(graph, agent, day));
        }
        if (found.isEmpty()) {
            for (Dependency child : graph.children(t)) {
                boolean stative = child.relation().equals("nsubj:pass") && STATIVE_PASSIVES.contains(graph.lemma(t));
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
        if (gerundAfterPreposition(graph, t)) {
            int verb = gerundGovernor(graph, t);
            return verb >= 0 ? subjects(actors, graph, verb, day, depth + 1) : List.of();
        }
        return List.of();
    }

    /**
     * "Putin told Witkoff that he was ready": a pronoun subject of a reported clause is the
     * speaker, not the last person named.
     */
    private List<ActorRef> boundPronoun(ArticleActors actors, SentenceGraph graph, int t, int subject, LocalDate day) {
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

    private static List<ActorRef> dedup(List<ActorRef> refs) {
        Map<String, ActorRef> byCode = new LinkedHashMap<>();
        for (ActorRef ref : refs) {
            byCode.putIfAbsent(ref.code(), ref);
        }
        return List.copyOf(byCode.values());
    }

    /** Negation, modality and conditionals on the trigger or the verbs it depends on. */
    private Aux qualifier(SentenceGraph graph, int t) {
        int current = t;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            for (Dependency child : graph.children(current)) {
                String lemma = graph.lemma(child.dependent());
                String relation = child.relation();
                if ((relation.equals("advmod") || relation.equals("neg") || relation.equals("det"))
                        && NEGATIONS.contains(graph.lower(child.dependent()))) {
                    return Aux.NEGATION;
                }
                if (relation.equals("aux") && HYPOTHETICAL_MODALS.contains(lemma)
                        && !(lemma.equals("would") && reported(graph, current))) {
                    return Aux.HYPOTHETICAL;
                }
                if (relation.equals("mark") && CONDITIONAL_MARKS.contains(lemma)) {
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

    /** "Armenia must remove ...", "the root causes had to be eliminated", "Kyiv needs to withdraw". */
    private static boolean obligation(SentenceGraph graph, int clause) {
        // someone who must act, not "a guarantee needs to be discussed"
        boolean party = graph.children(clause, "nsubj").stream().anyMatch(subject -> graph.pos(subject).startsWith("NNP")
                || graph.pos(subject).equals("PRP") || "NATIONALITY".equals(graph.ner(subject)));
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

    /** "will not", "would not", "cannot", "won't" on the verb or the verbs it depends on. */
    private static boolean refusal(SentenceGraph graph, int t) {
        int current = t;
        for (int depth = 0; depth < 3 && current >= 0; depth++) {
            boolean negated = false;
            boolean modal = false;
            for (Dependency child : graph.children(current)) {
                String relation = child.relation();
                if ((relation.equals("advmod") || relation.equals("neg"))
                        && NEGATIONS.contains(graph.lower(child.dependent()))) {
                    negated = true;
                }
                if (relation.equals("aux") && REFUSING_MODALS.contains(graph.lemma(child.dependent()))) {
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

    private boolean reported(SentenceGraph graph, int verb) {
        int head = graph.head(verb);
        return head >= 0 && graph.relation(verb).startsWith("ccomp") && lexicon.isSpeechVerb(graph.lemma(head));
    }

    private static boolean futureByGovernor(SentenceGraph graph, int t) {
        String relation = graph.relation(t);
        int head = graph.head(t);
        boolean beTo = graph.children(t, "aux").stream().anyMatch(aux -> graph.lemma(aux).equals("be"))
                && graph.hasChild(t, "mark", "to");
        if (beTo) {
            return true; // "Rwandan troops are to withdraw": planned, not done
        }
        if (head >= 0 && relation.equals("xcomp") && FUTURE_GOVERNORS.contains(graph.lemma(head))) {
            return true;
        }
        for (int child : graph.children(t, "aux")) {
            if (graph.lower(child).equals("to") && head >= 0 && FUTURE_GOVERNORS.contains(graph.lemma(head))) {
                return true;
            }
        }
        return false;
    }

}
