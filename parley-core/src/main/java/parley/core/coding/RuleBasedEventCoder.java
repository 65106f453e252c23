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
    private static final Set<EventType> DIRECTED = Set.of(EventType.REQUEST, EventType.REJECT, EventType.THREATEN,
            EventType.ACCUSE, EventType.AGREE, EventType.SUPPORT, EventType.ASSAULT);
    /** Acts that "will not" turns into a refusal. */
    private static final Set<EventType> REFUSABLE = Set.of(EventType.AGREE, EventType.RETREAT, EventType.SUPPORT,
            EventType.CONCEDE, EventType.CONSULT, EventType.AID);
    /** Verbs that judge a thing with an adjective: "considers it unacceptable", "called the plan unrealistic". */

    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final DateResolver dates;

    private final Set<String> concessionIssues;
    private final Set<String> people;
    private final Set<String> aidIssues;
    private final Set<String> judgements;
    private final Set<String> proposals;
    private final Set<String> places;
    private final Triggers triggers;
    private final Modality modality;
    private final Participants roles;

    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
        this.concessionIssues = lexicon.words("concession_issues");
        this.people = lexicon.words("people");
        this.aidIssues = lexicon.words("aid_issues");
        this.judgements = lexicon.words("judgements");
        this.proposals = lexicon.words("proposals");
        this.places = lexicon.words("places");
        this.triggers = new Triggers(lexicon);
        this.modality = new Modality(lexicon);
        this.roles = new Participants(lexicon);
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
            SentenceGraph graph = actors.graph(sentence);
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
                Triggers.Trigger trigger = triggers.trigger(graph, i);
                if (trigger == null || triggers.complementOfTrigger(graph, i)) {
                    continue;
                }
                Event event = build(article, actors, graph, sentenceText, mentions, defaultFocus, trigger, previous);
                if (event != null) {
                    events.add(event);
                    if (event.issues().isEmpty() && previous != null && !previous.issues().isEmpty()
                            && graph.children(i, "obj").stream().anyMatch(object -> Participants.pointsBack(graph, object))) {
                        // "European allies endorsed the plan": about what the plan just told was about
                        pointedBack.put(IssueContext.key(event), previous.issues());
                    }
                    sentenceIssues.computeIfAbsent(sentence.begin(), begin -> {
                        BitSet all = new BitSet();
                        all.set(0, graph.size());
                        return IssueTagger.tag(lexicon, graph, all, sentenceText, begin);
                    });
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

    private Event build(Article article, ArticleActors actors, SentenceGraph graph, String sentenceText,
                        List<DateMention> mentions, String focus, Triggers.Trigger trigger,
                        Event previous) {
        int t = trigger.index();
        int clause = trigger.clauseHead();
        Sentence sentence = graph.sentence();
        DateMention dateMention = EventDating.dateFor(graph, mentions, clause, sentence.begin());
        LocalDate eventDay = dateMention != null ? EventDating.dayOf(dateMention.value()) : null;
        LocalDate codingDay = eventDay != null ? eventDay : article.published();

        boolean nounTrigger = trigger.shape() == TriggerPattern.Shape.EVENT_NOUN;
        // "Moscow considers it unacceptable": Moscow rejects; "it" is what is rejected.
        int judge = graph.pos(t).startsWith("JJ") && graph.relation(t).equals("xcomp") && graph.head(t) >= 0
                && judgements.contains(graph.lemma(graph.head(t))) ? graph.head(t) : -1;
        List<ActorRef> actor = trigger.shape() == TriggerPattern.Shape.NOMINAL ? roles.attackers(actors, graph, t, codingDay)
                : nounTrigger ? roles.participants(actors, graph, t, clause, codingDay)
                : judge >= 0 ? roles.subjects(actors, graph, judge, codingDay, 0)
                : roles.subjects(actors, graph, t, codingDay, 0);
        if (trigger.pattern().withGovernor() && graph.children(t, "nmod:between").isEmpty() && graph.head(t) >= 0) {
            Map<String, ActorRef> joined = new LinkedHashMap<>();
            roles.subjects(actors, graph, graph.head(t), codingDay, 0).forEach(a -> joined.putIfAbsent(a.code(), a));
            actor.forEach(a -> joined.putIfAbsent(a.code(), a));
            actor = List.copyOf(joined.values());
        }
        if (actor.isEmpty() && trigger.shape() == TriggerPattern.Shape.LIGHT) {
            // "Negotiators reached a deal between Israel and Hamas"
            for (int object : graph.children(t, "obj")) {
                List<ActorRef> sides = roles.between(actors, graph, t, codingDay);
                if (sides.isEmpty()) {
                    sides = roles.participants(actors, graph, object, -1, codingDay);
                }
                actor = sides.size() >= 2 ? sides : List.of(); // not "support for the unity of Sudan"
            }
        }
        if (actor.isEmpty() && nounTrigger && (trigger.act().type() == EventType.AGREE || trigger.act().type() == EventType.CONSULT
                || trigger.act().type() == EventType.RETREAT)) {
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
        for (int subject : roles.subjectHeads(graph, t)) {
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
                if (subjectTokens.get(i) || !Participants.isNounHead(graph, i, region)) {
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
        if (Triggers.gerundAfterPreposition(graph, t)) {
            BitSet region = graph.subtree(graph.head(t));
            region.andNot(graph.subtree(t));
            for (int i = region.nextSetBit(0); i >= 0; i = region.nextSetBit(i + 1)) {
                if (Participants.isNounHead(graph, i, region) && !graph.relation(i).startsWith("nmod:in")) {
                    Stream.concat(actors.resolve(graph, i, codingDay).stream(), actors.owner(graph, i, codingDay).stream()).filter(ref -> !actorCodes.contains(ref.code()))
                            .forEach(ref -> recipients.putIfAbsent(ref.code(), ref));
                }
            }
        }
        if (nounTrigger) {
            recipients.clear();
        } else if (recipients.isEmpty()) {
            recipients.putAll(roles.implicitRecipients(actors, graph, t, codingDay, actorCodes, previous));
        }
        boolean ownPeople = trigger.act().type() == EventType.REQUEST
                && graph.children(t, "obj").stream().anyMatch(object -> people.contains(graph.lemma(object)));
        if (recipients.isEmpty() && ownPeople) {
            actor.forEach(a -> recipients.putIfAbsent(a.code(), a)); // "Aoun urged southerners to ...": his own people
        }
        if (recipients.isEmpty() && !nounTrigger && DIRECTED.contains(trigger.act().type())) {
            aimAtOtherSide(actors, actorCodes, recipients);
        }
        List<String> issues = new ArrayList<>(IssueTagger.tag(lexicon, graph,
                nounTrigger ? clauseTokens : Triggers.gerundAfterPreposition(graph, t) ? graph.subtree(graph.head(t))
                        : IssueTagger.scope(graph, t, clause), sentenceText, sentence.begin()));
        Act rule = trigger.act();
        if (rule.needsIssue() && issues.isEmpty()) {
            return null;
        }
        if (rule.needsObjectClause() && !graph.children(t, "obj").isEmpty() && graph.children(t, "obj").stream()
                .noneMatch(object -> graph.pos(object).startsWith("NNP") || graph.pos(object).equals("PRP")
                        || "NATIONALITY".equals(graph.entity(object)) || lexicon.isAgentNoun(graph.lower(object)))) {
            return null; // "expected the truce to hold": a forecast, not a demand on anyone
        }
        if (rule.needsObjectClause() && graph.children(t, "xcomp").isEmpty() && graph.children(t, "ccomp").isEmpty()) {
            return null;
        }
        Aux aux = modality.qualifier(graph, t);
        if (aux == null && clause != t) {
            aux = modality.qualifier(graph, clause); // "if peace talks start", "talks would take place"
        }
        if (aux == null && trigger.pattern().withGovernor() && graph.head(t) >= 0) {
            aux = modality.qualifier(graph, graph.head(t)); // "Putin will not be present during the talks with ..."
        }
        boolean future = aux == Aux.FUTURE || modality.futureByGovernor(graph, t);
        EventType type = rule.type();
        String mode = rule.mode();
        int refused = trigger.pattern().withGovernor() && graph.head(t) >= 0 ? graph.head(t) : t;
        if (REFUSABLE.contains(type) && modality.refusal(graph, refused)) {
            // "Hamas will not disarm", "M23 would not withdraw", "Putin will not be present at the
            // talks": saying one will not do it is refusing it
            type = EventType.REJECT;
            mode = null;
            aux = null;
            future = false;
        }
        if (type == EventType.COERCE && graph.children(t, "obj").stream().anyMatch(object -> places.contains(graph.entity(object)))) {
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
                || issues.stream().noneMatch(concessionIssues::contains))) {
            return null; // "announced that ..." reports; a concession concedes a truce, ground, prisoners
        }
        if (type != rule.type() && DIRECTED.contains(type) && recipients.isEmpty()) {
            aimAtOtherSide(actors, actorCodes, recipients); // "Hamas will not disarm" refuses, "M23 seized Goma" attacks
        }
        if (type == EventType.AID && issues.stream().noneMatch(aidIssues::contains)) {
            return null; // "provided the names of the hostages" gives no aid
        }
        if (type == EventType.CONCEDE && Participants.isThirdParty(actorCodes, recipients.keySet(), actors.mainParties())
                && actor.stream().noneMatch(a -> "REB".equals(a.sector()))) {
            return null; // a mediator announcing the truce concedes nothing (CODEBOOK.md section 2)
        }
        if (rule.thirdParty() != null && Participants.isThirdParty(actorCodes, recipients.keySet(), actors.mainParties())) {
            type = rule.thirdParty();
            mode = "yield";
        }
        if (type == EventType.SUPPORT && actorCodes.stream().anyMatch(actors.mainParties()::contains)) {
            for (int object : graph.children(t, "obj")) {
                if (proposals.contains(graph.lemma(object)) || proposals.contains(graph.lower(object))) {
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
        for (String issue : trigger.act().issues()) {
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
                        lexicon.version()));
    }

    /** An act aimed at no one named is aimed at the other side of the article's conflict. */
    private static void aimAtOtherSide(ArticleActors actors, Set<String> actorCodes, Map<String, ActorRef> recipients) {
        for (String party : actors.mainParties()) {
            if (!actorCodes.contains(party)) {
                recipients.put(party, new ActorRef(null, null, party, null));
            }
        }
    }
}
