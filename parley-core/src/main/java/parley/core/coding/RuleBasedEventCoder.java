package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import parley.core.actors.ActorDictionary;
import parley.core.time.DateResolver;
import parley.model.Article;
import parley.model.Event;
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
 * </ol>
 * then the learned <b>filter</b> ({@link EventFilter}, when one is given) judges each act, and
 * over the article come <b>merge</b> ({@link Dedup}) and issues from context ({@link IssueContext}). Each stage is entered once per act; every rule that fired is in the
 * event's provenance.
 *
 * <pre>{@code
 * EventCoder coder = new RuleBasedEventCoder(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(),
 *         new DateResolver());
 * AnnotatedText text = annotator.annotate(article.bodyText(), article.published());
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
    private final EventFilter filter;

    /** The rules alone, without a learned filter. */
    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates) {
        this(dictionary, lexicon, dates, null);
    }

    /**
     * @param filter the learned filter that judges each act the rules find, or null for none
     */
    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates,
                               EventFilter filter) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
        this.triggers = new Triggers(lexicon);
        this.participants = new Participants(lexicon);
        this.issues = new IssueTagger(lexicon);
        this.modality = new Modality(lexicon);
        this.retyping = new Retyping(lexicon, modality);
        this.filter = filter;
    }

    @Override
    public List<Event> code(Article article, AnnotatedText text, List<Quote> quotes) {
        return candidates(article, text, quotes).finish(filter);
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
     * @param rules       the trigger rule and every rule that fired after it
     * @param dropped     what dropped it, or null when it became {@code event}
     * @param event       the act before merging, or null
     * @param probability the learned filter's probability for it, or NaN (no filter, or not judged)
     */
    public record Trace(int sentence, String word, List<String> rules, String dropped, Event event, double probability) {
    }

    private ArticleCandidates candidates(Article article, AnnotatedText text, List<Quote> quotes,
                                         java.util.function.Consumer<Trace> traces) {
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, text, article.bodyText());
        actors.quotes(quotes);
        EventDating dating = new EventDating(dates, article, text, actors);
        IssueContext context = new IssueContext(lexicon);
        List<Event> events = new ArrayList<>();
        List<List<String>> features = new ArrayList<>();
        Event previous = null;
        int position = 0;
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty() || article.isFurniture(sentence.begin(), sentence.end())) {
                continue;
            }
            SentenceGraph graph = actors.graph(sentence);
            String sentenceText = article.text().substring(sentence.begin(), sentence.end());
            EventDating.SentenceDates when = dating.sentence(graph, sentenceText);
            for (int i = 0; i < graph.size(); i++) {
                Triggers.Trigger trigger = triggers.trigger(graph, i);
                if (trigger == null) {
                    continue;
                }
                if (triggers.complementOfTrigger(graph, i)) {
                    traces.accept(new Trace(sentence.index(), graph.word(i), List.of(trigger.name()),
                            "what-another-trigger-is-about", null, Double.NaN));
                    continue;
                }
                Candidate candidate = stages(new Candidate(article, actors, graph, sentenceText, when, trigger, previous),
                        when);
                if (candidate.dropped() != null) {
                    traces.accept(new Trace(sentence.index(), graph.word(i), candidate.rules(), candidate.dropped(), null,
                            Double.NaN));
                    continue;
                }
                Event event = candidate.toEvent(dictionary.version(), lexicon.version());
                List<String> eventFeatures = CandidateFeatures.of(candidate, position);
                events.add(event);
                features.add(eventFeatures);
                traces.accept(new Trace(sentence.index(), graph.word(i), candidate.rules(), null, event,
                        filter == null || !event.asserted() ? Double.NaN : filter.probability(eventFeatures)));
                context.told(candidate, event);
                when.told(event);
                previous = event; // what "this proposal", "the accord" point back to
            }
            when.end();
            position++;
        }
        return new ArticleCandidates(article.id(), events, features, context);
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
