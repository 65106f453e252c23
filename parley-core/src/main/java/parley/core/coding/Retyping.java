package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import parley.model.ActorRef;
import parley.model.Aux;
import parley.model.EventType;
import parley.model.Location;

/**
 * The retyping stage: an ordered chain of small named rules that check an act against what its
 * trigger requires and change its type, mode or participants where the codebook's tie-breakers say
 * so ("will not disarm" refuses; a mediator's proposal is a REQUEST; a party backing a proposal
 * accepts it). Each rule that fires is recorded in the event's provenance; a rule that rejects the
 * act drops it.
 */
final class Retyping {
    /** Acts that "will not" turns into a refusal. */
    private static final Set<EventType> REFUSABLE = Set.of(EventType.AGREE, EventType.RETREAT, EventType.SUPPORT,
            EventType.CONCEDE, EventType.CONSULT, EventType.AID);

    /** What a rule did to an act. */
    private enum Outcome { PASSED, FIRED, DROPPED }

    /** One rule: its name (recorded when it fires) and what it does. */
    private record Rule(String name, java.util.function.Function<Candidate, Outcome> apply) {
    }

    private final CodingLexicon lexicon;
    private final Modality modality;
    private final Set<String> concessionIssues;
    private final Set<String> aidIssues;
    private final Set<String> proposals;
    private final Set<String> places;
    private final Set<String> offerings;
    private final Set<String> conceded;
    private final Set<String> inherentConcessions;
    private final Set<String> aidThings;
    private final List<Rule> rules;

    Retyping(CodingLexicon lexicon, Modality modality) {
        this.lexicon = lexicon;
        this.modality = modality;
        this.concessionIssues = lexicon.words("concession_issues");
        this.aidIssues = lexicon.words("aid_issues");
        this.proposals = lexicon.words("proposals");
        this.places = lexicon.words("places");
        this.offerings = lexicon.words("offerings");
        this.conceded = lexicon.words("conceded");
        this.inherentConcessions = lexicon.words("inherent_concessions");
        this.aidThings = lexicon.words("aid_things");
        this.rules = List.of(
                new Rule("needs-an-issue", this::needsIssue),
                new Rule("a-forecast-is-no-demand", this::forecast),
                new Rule("needs-a-clause", this::needsClause),
                new Rule("will-not-is-a-refusal", this::refusal),
                new Rule("seizing-ground-is-an-assault", this::seizingGround),
                new Rule("still-to-come", this::stillToCome),
                new Rule("a-report-concedes-nothing", this::reportedConcession),
                new Rule("recipient:the-other-side", this::aimChangedType),
                new Rule("aid-must-be-aid", this::aidIsAid),
                new Rule("a-mediator-concedes-nothing", this::mediatorConcession),
                new Rule("a-third-party-proposal-is-a-request", this::thirdParty),
                new Rule("a-party-backing-a-proposal-accepts-it", this::partyAccepts),
                new Rule("a-call-has-no-recipient", this::callHasNoRecipient),
                new Rule("a-visit-is-to-its-host", this::visitToHost));
    }

    /** Runs the rules in order; the first that rejects the act drops it under its name. */
    Candidate apply(Candidate c) {
        for (Rule rule : rules) {
            Outcome outcome = rule.apply().apply(c);
            if (outcome == Outcome.DROPPED) {
                return c.drop(rule.name());
            }
            if (outcome == Outcome.FIRED) {
                c.fired(rule.name());
            }
        }
        addTriggerIssues(c);
        return c;
    }

    private Outcome needsIssue(Candidate c) {
        return c.act().needsIssue() && c.issues.isEmpty() ? Outcome.DROPPED : Outcome.PASSED;
    }

    /** "expected the truce to hold": a forecast, not a demand on anyone. */
    private Outcome forecast(Candidate c) {
        SentenceGraph graph = c.graph;
        List<Integer> objects = graph.children(c.t(), "obj");
        boolean party = objects.stream().anyMatch(object -> graph.pos(object).startsWith("NNP")
                || graph.pos(object).equals("PRP") || "NATIONALITY".equals(graph.entity(object))
                || lexicon.isAgentNoun(graph.lower(object)));
        return c.act().needsObjectClause() && !objects.isEmpty() && !party ? Outcome.DROPPED : Outcome.PASSED;
    }

    private Outcome needsClause(Candidate c) {
        return c.act().needsObjectClause() && c.graph.children(c.t(), "xcomp").isEmpty()
                && c.graph.children(c.t(), "ccomp").isEmpty() ? Outcome.DROPPED : Outcome.PASSED;
    }

    /** "Hamas will not disarm", "Putin will not be present at the talks": saying one will not do it is refusing it. */
    private Outcome refusal(Candidate c) {
        int refused = c.trigger.pattern().withGovernor() && c.graph.head(c.t()) >= 0 ? c.graph.head(c.t()) : c.t();
        if (!REFUSABLE.contains(c.type) || !modality.refusal(c.graph, refused)) {
            return Outcome.PASSED;
        }
        c.type = EventType.REJECT;
        c.mode = null;
        c.aux = null;
        c.future = false;
        return Outcome.FIRED;
    }

    /** "seizing Goma and Bukavu": taking ground by force. */
    private Outcome seizingGround(Candidate c) {
        SentenceGraph graph = c.graph;
        if (c.type != EventType.COERCE || graph.children(c.t(), "obj").stream()
                .noneMatch(object -> places.contains(graph.entity(object)))) {
            return Outcome.PASSED;
        }
        c.type = EventType.ASSAULT;
        if (!c.issues.contains("territory")) {
            c.issues.add("territory");
        }
        return Outcome.FIRED;
    }

    /**
     * An act still to come takes its future type (a meeting ahead is AGREE meet); "Kyiv would
     * support the idea" promises (CODEBOOK.md: promising is AGREE); a threat told in the future is
     * made when it is told; any other act told in the future is a prediction ("the conditions the
     * Kremlin will demand").
     */
    private Outcome stillToCome(Candidate c) {
        Act act = c.act();
        if (c.future && act.future() != null && c.type == act.type()) {
            c.type = act.future();
            c.mode = act.futureMode();
            return Outcome.FIRED;
        }
        if (c.aux == Aux.FUTURE && c.type == EventType.SUPPORT) {
            c.type = EventType.AGREE;
            return Outcome.FIRED;
        }
        if (c.aux == Aux.FUTURE && c.type != EventType.AGREE && c.type != EventType.THREATEN) {
            // (a threat told in the future, "we will respond decisively", is made when it is told)
            c.aux = Aux.HYPOTHETICAL;
            return Outcome.FIRED;
        }
        return Outcome.PASSED;
    }

    /**
     * "announced that ..." reports; a concession concedes a truce, ground, prisoners (its issues or
     * its trigger's), a demand or a restriction ("eased the restrictions"), or is one by itself
     * ("apologised").
     */
    private Outcome reportedConcession(Candidate c) {
        if (c.type != EventType.CONCEDE) {
            return Outcome.PASSED;
        }
        SentenceGraph graph = c.graph;
        boolean concedes = c.issues.stream().anyMatch(concessionIssues::contains)
                || c.act().issues().stream().anyMatch(concessionIssues::contains)
                || graph.children(c.t(), "obj").stream().anyMatch(object -> conceded.contains(graph.lemma(object)))
                || inherentConcessions.contains(graph.lemma(c.t()))
                || inherentConcessions.contains(c.trigger.name().substring(c.trigger.name().indexOf(':') + 1));
        return !graph.children(c.t(), "ccomp").isEmpty() || !concedes ? Outcome.DROPPED : Outcome.PASSED;
    }

    /** "Hamas will not disarm" refuses, "M23 seized Goma" attacks: an act whose type changed is aimed at the other side. */
    private Outcome aimChangedType(Candidate c) {
        if (c.type != c.act().type() && Participants.DIRECTED.contains(c.type) && c.recipients.isEmpty()) {
            Participants.aimAtOtherSide(c);
        }
        return Outcome.PASSED; // aimAtOtherSide records the rule when it finds a side
    }

    /**
     * "provided the names of the hostages" gives no aid: aid is about an aid issue, or gives a
     * thing that is aid ("supplied drones", "delivered 20 tonnes of food", "in humanitarian assistance").
     */
    private Outcome aidIsAid(Candidate c) {
        if (c.type != EventType.AID || c.issues.stream().anyMatch(aidIssues::contains)) {
            return Outcome.PASSED;
        }
        SentenceGraph graph = c.graph;
        List<Integer> given = new ArrayList<>(graph.children(c.t(), "obj"));
        given.addAll(graph.children(c.t(), "obl:in"));
        given.addAll(graph.children(c.t(), "obl:with"));
        for (int thing : given) {
            List<Integer> parts = new ArrayList<>(graph.children(thing, "nmod:of"));
            parts.addAll(graph.children(thing, "compound"));
            if (aidThings.contains(graph.lemma(thing)) || parts.stream().anyMatch(part -> aidThings.contains(graph.lemma(part)))) {
                return Outcome.PASSED;
            }
        }
        return Outcome.DROPPED;
    }

    /** A mediator announcing the truce concedes nothing (CODEBOOK.md section 2); an armed group declaring one does. */
    private Outcome mediatorConcession(Candidate c) {
        return c.type == EventType.CONCEDE
                && Participants.isThirdParty(c.actorCodes(), c.recipients.keySet(), c.actors.mainParties())
                && c.actor.stream().noneMatch(a -> "REB".equals(a.sector())) ? Outcome.DROPPED : Outcome.PASSED;
    }

    /**
     * "the US proposed a 30-day ceasefire": a third party's proposal asks the parties (CODEBOOK.md
     * tie-breakers); not an offer of its own ("offered asylum", "offered to delay the snapback").
     */
    private Outcome thirdParty(Candidate c) {
        if (c.act().thirdParty() == null
                || !Participants.isThirdParty(c.actorCodes(), c.recipients.keySet(), c.actors.mainParties())) {
            return Outcome.PASSED;
        }
        SentenceGraph graph = c.graph;
        boolean ownAct = graph.lemma(c.t()).equals("offer") && !graph.children(c.t(), "xcomp").isEmpty();
        boolean ownGift = graph.children(c.t(), "obj").stream().anyMatch(object -> offerings.contains(graph.lemma(object)));
        if (ownAct || ownGift) {
            return Outcome.PASSED;
        }
        c.type = c.act().thirdParty();
        c.mode = "yield";
        return Outcome.FIRED;
    }

    /** A party backing a proposal made to it accepts it. */
    private Outcome partyAccepts(Candidate c) {
        if (c.type != EventType.SUPPORT || c.actorCodes().stream().noneMatch(c.actors.mainParties()::contains)) {
            return Outcome.PASSED;
        }
        SentenceGraph graph = c.graph;
        Predicate<Integer> proposal = object -> proposals.contains(graph.lemma(object))
                || proposals.contains(graph.lower(object));
        if (graph.children(c.t(), "obj").stream().noneMatch(proposal)) {
            return Outcome.PASSED;
        }
        c.type = EventType.AGREE;
        return Outcome.FIRED;
    }

    /** A call has every participant as actor and no recipient (CODEBOOK.md section 1). */
    private Outcome callHasNoRecipient(Candidate c) {
        if (c.type != EventType.CONSULT || !"phone".equals(c.mode) || c.recipients.isEmpty()) {
            return Outcome.PASSED;
        }
        Map<String, ActorRef> everyone = new LinkedHashMap<>();
        c.actor.forEach(a -> everyone.putIfAbsent(a.code(), a));
        c.recipients.values().forEach(r -> everyone.putIfAbsent(r.code(), r));
        c.actor = List.copyOf(everyone.values());
        c.recipients.clear();
        return Outcome.FIRED;
    }

    /** A meeting of one actor in a place of another is a visit to that host. */
    private Outcome visitToHost(Candidate c) {
        Location location = c.location;
        if (c.type != EventType.CONSULT || location == null || c.actor.size() != 1 || !c.recipients.isEmpty()
                || c.actorCodes().contains(location.code()) || location.code() == null) {
            return Outcome.PASSED;
        }
        c.recipients.put(location.code(), new ActorRef(location.text(), null, location.code(), null));
        c.mode = "visit";
        return Outcome.FIRED;
    }

    /** Issues the trigger word implies ("swap": prisoners), and peace talks for every meeting. */
    private static void addTriggerIssues(Candidate c) {
        for (String issue : c.act().issues()) {
            if (!c.issues.contains(issue) && (c.type == c.act().type() || c.type == EventType.CONSULT)) {
                c.issues.add(issue);
            }
        }
        if (c.type == EventType.CONSULT && !c.issues.contains("peace_talks")) {
            c.issues.add("peace_talks");
        }
    }
}
