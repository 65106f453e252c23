package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import parley.core.actors.ActorDictionary;
import parley.core.time.DateResolver;
import parley.model.Article;
import parley.model.Event;
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
 * then, over the article, <b>merge</b> ({@link Dedup}) and issues from context
 * ({@link IssueContext}). Each stage is entered once per act; every rule that fired is in the
 * event's provenance.
 *
 * <pre>{@code
 * EventCoder coder = new RuleBasedEventCoder(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(),
 *         new DateResolver());
 * List<Event> events = coder.code(article, annotator.annotate(maskedText, article.published()));
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

    public RuleBasedEventCoder(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
        this.triggers = new Triggers(lexicon);
        this.participants = new Participants(lexicon);
        this.issues = new IssueTagger(lexicon);
        this.modality = new Modality(lexicon);
        this.retyping = new Retyping(lexicon, modality);
    }

    @Override
    public List<Event> code(Article article, AnnotatedText text) {
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, text, article.bodyText());
        EventDating dating = new EventDating(dates, article, text, actors);
        IssueContext context = new IssueContext(lexicon);
        List<Event> events = new ArrayList<>();
        Event previous = null;
        for (Sentence sentence : text.sentences()) {
            if (sentence.tokens().isEmpty() || article.isFurniture(sentence.begin(), sentence.end())) {
                continue;
            }
            SentenceGraph graph = actors.graph(sentence);
            String sentenceText = article.text().substring(sentence.begin(), sentence.end());
            EventDating.SentenceDates when = dating.sentence(graph, sentenceText);
            for (int i = 0; i < graph.size(); i++) {
                Triggers.Trigger trigger = triggers.trigger(graph, i);
                if (trigger == null || triggers.complementOfTrigger(graph, i)) {
                    continue;
                }
                Candidate candidate = new Candidate(article, actors, graph, sentenceText, when, trigger, previous);
                candidate = stages(candidate, when);
                if (candidate == null) {
                    continue;
                }
                Event event = candidate.toEvent(dictionary.version(), lexicon.version());
                events.add(event);
                context.told(candidate, event);
                when.told(event);
                previous = event; // what "this proposal", "the accord" point back to
            }
            when.end();
        }
        return context.fill(Dedup.merge(article.id(), events));
    }

    /** The stages after candidates, in order; null when one drops the act. */
    private Candidate stages(Candidate c, EventDating.SentenceDates when) {
        c = when.date(c);
        c = participants.find(c);
        if (c == null) {
            return null;
        }
        c = retyping.apply(modality.qualify(issues.tag(c)));
        return c == null ? null : when.finish(c);
    }
}
