package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import parley.core.actors.ActorDictionary;
import parley.core.time.DateResolver;
import parley.model.Article;
import java.time.LocalDate;
import java.util.BitSet;
import parley.core.time.DateMention;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * Codes events from the dependency parse, as a chain of stages folded over each sentence:
 * <ol>
 *   <li><b>candidates</b> ({@link Triggers}): every token that a pattern of triggers.yaml matches
 *       starts a {@link Candidate}, unless it is only what another trigger is about ("urged Russia
 *       to accept");</li>
 *   <li><b>dating</b> ({@link EventDating}): the date expression of its clause, which fixes the
 *       day actors are coded on (offices change);</li>
 *   <li><b>participants</b> ({@link Participants}): actor, recipients and place;</li>
 *   <li><b>issues</b> ({@link IssueTagger}): what its clause is about;</li>
 *   <li><b>modality</b> ({@link Modality}): negated, hypothetical, still to come;</li>
 *   <li><b>retyping</b> ({@link Retyping}): the codebook's tie-breakers, as named rules;</li>
 *   <li><b>date</b> ({@link EventDating}): its own date, the report's, or the one in focus;</li>
 *   <li><b>derivations</b> ({@link Derivations}): further acts the same words tell;</li>
 * </ol>
 * then the learned <b>filter</b> ({@link EventFilter}, when one is given) judges each act, and
 * over the article come <b>merge</b> ({@link Dedup}) and issues from context ({@link IssueContext}). Each stage is entered once per act; every rule that fired is in the
 * event's provenance.
 *
 * <pre>{@code
 * EventCoder coder = new RuleBasedEventCoder(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(),
 *         new DateResolver());
 * AnnotatedText text = annotator.annotate(article.bodyText(), cascade.filter(article));
 * List<Event> events = coder.code(article, text, quoteExtractor.extract(article, text));
 * }</pre>
 */
public final class RuleBasedEventCoder implements EventCoder {
    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final DateResolver dates;
    private final Triggers triggers;
    private final Participants participants;
    private final IssueTagger issues;
    private final Modality modality;
    private final Retyping retyping;
    private final Derivations derivations;
    private final EventFilter filter;
    private final EventProposer proposer;

    /** The rules alone, without learned parts. */
    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates) {
        this(dictionary, lexicon, dates, null, null);
    }

    /**
     * @param filter   the learned filter that judges each act the rules find, or null for none
     * @param proposer the learned proposer of acts the rules miss, or null for none
     */
    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates,
                               EventFilter filter, EventProposer proposer) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
        this.triggers = new Triggers(lexicon);
        this.participants = new Participants(lexicon);
        this.issues = new IssueTagger(lexicon);
        this.modality = new Modality(lexicon);
        this.retyping = new Retyping(lexicon, modality);
        this.derivations = new Derivations(participants);
        this.filter = filter;
        this.proposer = proposer;
    }

    @Override
    public List<Event> code(Article article, AnnotatedText text, List<Quote> quotes) {
        return candidates(article, text, quotes).finish(filter, proposer);
    }

    /** The learned filter in use, or null. */
    public EventFilter filter() {
        return filter;
    }

    /** The acts the rules find, before the learned filter and merging, with their features. */
    public ArticleCandidates candidates(Article article, AnnotatedText text, List<Quote> quotes) {
        return candidates(article, text, quotes, trace -> { });
    }

    /**
     * What happened to every token a trigger pattern matched: the act it became, or the rule or
     * stage that dropped it; with the filter's probability for acts. For users asking why a sentence
     * was or was not coded ({@code parley explain}).
     */
    public List<Trace> explain(Article article, AnnotatedText text, List<Quote> quotes) {
        List<Trace> traces = new ArrayList<>();
        candidates(article, text, quotes, traces::add);
        return traces;
    }

    /**
     * One trigger's fate.
     *
     * @param sentence    the sentence's index in the parse
     * @param word        the trigger word
     * @param type        the act's type when it became an event or was dropped
     * @param rules       the trigger rule and every rule that fired after it
     * @param dropped     what dropped it, or null when it became {@code event}
     * @param event       the act before merging, or null
     * @param probability the learned filter's probability for it, or NaN (no filter, or not judged)
     */
    public record Trace(int sentence, String word, EventType type, List<String> rules, String dropped, Event event,
                        double probability) {
    }

    private ArticleCandidates candidates(Article article, AnnotatedText text, List<Quote> quotes,
                                         java.util.function.Consumer<Trace> traces) {
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, text, article.bodyText());
        actors.quotes(quotes);
        EventDating dating = new EventDating(dates, article, text, actors);
        IssueContext context = new IssueContext(lexicon);
        List<Event> events = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        List<SentenceSketch> sketches = new ArrayList<>();
        Event previous = null;
        int position = 0;
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty() || article.isFurniture(sentence.begin(), sentence.end())) {
                continue;
            }
            SentenceGraph graph = actors.graph(sentence);
            String sentenceText = article.text().substring(sentence.begin(), sentence.end());
            EventDating.SentenceDates when = dating.sentence(graph, sentenceText);
            List<Triggers.Trigger> matched = new ArrayList<>();
            int firstEvent = events.size();
            for (int i = 0; i < graph.size(); i++) {
                Triggers.Trigger trigger = triggers.trigger(graph, i);
                if (trigger == null) {
                    continue;
                }
                matched.add(trigger);
                if (triggers.complementOfTrigger(graph, i)) {
                    traces.accept(new Trace(sentence.index(), graph.word(i), trigger.act().type(), List.of(trigger.name()),
                            "what-another-trigger-is-about", null, Double.NaN));
                    continue;
                }
                Candidate candidate = stages(new Candidate(article, actors, graph, sentenceText, when, trigger, previous,
                                events.subList(firstEvent, events.size())),
                        when);
                if (candidate.dropped() != null) {
                    traces.accept(new Trace(sentence.index(), graph.word(i), candidate.type, candidate.rules(),
                            candidate.dropped(), null, Double.NaN));
                    continue;
                }
                List<Candidate> acts = new ArrayList<>(List.of(candidate));
                acts.addAll(derivations.derive(candidate));
                for (Candidate act : acts) {
                    Event event = act.toEvent(dictionary.version(), lexicon.version());
                    List<String> eventFeatures = CandidateFeatures.of(act, position);
                    events.add(event);
                    features.add(eventFeatures);
                    traces.accept(new Trace(sentence.index(), graph.word(i), event.type(), act.rules(), null, event,
                            filter == null || !event.asserted() ? Double.NaN : filter.probability(eventFeatures)));
                    context.told(act, event);
                    when.told(event);
                }
                previous = events.get(events.size() - acts.size()); // what "this proposal", "the accord" point back to
            }
            sketches.add(sketch(actors, graph, sentenceText, when, matched, events.subList(firstEvent, events.size()),
                    article, position));
            when.end();
            position++;
        }
        return new ArticleCandidates(article.id(), events, features, sketches, context);
    }

    /**
     * The sentence as the proposer sees it, and the act it would tell: its main actor is the root
     * verb's subject, else whoever says it, else the first actor it names; the recipient the first
     * other actor it names, else the other side of the article.
     */
    private SentenceSketch sketch(ArticleActors actors, SentenceGraph graph, String sentenceText,
                                  EventDating.SentenceDates when, List<Triggers.Trigger> matched, List<Event> coded,
                                  Article article, int position) {
        int root = -1;
        for (int i = 0; i < graph.size() && root < 0; i++) {
            if (graph.relation(i).equals("root")) {
                root = i;
            }
        }
        DateMention mention = root >= 0 ? when.mentionFor(root) : null;
        LocalDate day = mention != null && EventDating.dayOf(mention.value()) != null ? EventDating.dayOf(mention.value())
                : article.published();
        java.util.Map<String, ActorRef> named = new java.util.LinkedHashMap<>();
        BitSet all = new BitSet();
        all.set(0, graph.size());
        BitSet patient = passiveSubjects(graph, root);
        for (int i = 0; i < graph.size(); i++) {
            if (Participants.isNounHead(graph, i, all) && !graph.relation(i).equals("compound")) {
                actors.resolve(graph, i, day).forEach(ref -> named.putIfAbsent(ref.code(), ref));
            }
        }
        List<ActorRef> actor = root < 0 ? List.of() : participants.subjects(actors, graph, root, day, 0);
        if (actor.isEmpty() && root >= 0) {
            actor = participants.reporter(actors, graph, root, day);
        }
        if (actor.isEmpty() && !named.isEmpty() && !askedParty(graph, root, patient)) {
            actor = List.of(named.values().iterator().next());
        }
        java.util.Set<String> actorCodes = new java.util.HashSet<>();
        actor.forEach(a -> actorCodes.add(a.code()));
        List<ActorRef> recipients = new ArrayList<>();
        for (ActorRef ref : named.values()) {
            if (!actorCodes.contains(ref.code()) && recipients.isEmpty()) {
                recipients.add(ref);
            }
        }
        if (recipients.isEmpty()) {
            for (String party : actors.mainParties()) {
                if (!actorCodes.contains(party) && recipients.isEmpty()) {
                    recipients.add(new ActorRef(null, null, party, null));
                }
            }
        }
        java.util.Map<String, ActorRef> everyone = new java.util.LinkedHashMap<>();
        actor.forEach(a -> everyone.putIfAbsent(a.code(), a));
        named.values().forEach(ref -> everyone.putIfAbsent(ref.code(), ref));
        String date = mention != null ? mention.value() : root >= 0 ? when.defaultFor(root) : null;
        return new SentenceSketch(new parley.model.Evidence(sentenceText, graph.sentence().begin(), graph.sentence().end()),
                SentenceFeatures.of(graph, sentenceText, matched, coded, named.size(), position, lexicon), actor,
                recipients, List.copyOf(everyone.values()).subList(0, Math.min(3, everyone.size())), date,
                mention != null ? mention.text() : null, IssueTagger.tag(lexicon, graph, all), dictionary.version(),
                lexicon.version());
    }

    /** The words of a passive main verb's subject ("Ukraine" in "Ukraine was asked to ..."): what the act is done to. */
    private BitSet passiveSubjects(SentenceGraph graph, int root) {
        BitSet patient = new BitSet();
        if (root >= 0) {
            for (int subject : graph.children(root, "nsubj:pass")) {
                patient.or(graph.subtree(subject));
            }
        }
        return patient;
    }

    /**
     * "Ukraine was asked to accept the ceasefire", "Hamas was urged to ...": the main verb is a
     * request in the passive, so the sentence tells of no act by the party asked (who would take
     * the stance of the request), nor by anyone else it names.
     */
    private boolean askedParty(SentenceGraph graph, int root, BitSet patient) {
        if (patient.isEmpty()) {
            return false;
        }
        Act act = lexicon.act("verbs", graph.lemma(root));
        return act != null && act.type() == EventType.REQUEST;
    }

    /** The stages after candidates, in order, until one drops the act. */
    private Candidate stages(Candidate c, EventDating.SentenceDates when) {
        List<java.util.function.UnaryOperator<Candidate>> stages = List.of(when::date, participants::find, issues::tag,
                modality::qualify, retyping::apply, when::finish);
        for (var stage : stages) {
            c = stage.apply(c);
            if (c.dropped() != null) {
                break;
            }
        }
        return c;
    }
}
