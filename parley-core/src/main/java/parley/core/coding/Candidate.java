package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parley.core.time.DateMention;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;

/**
 * One act on its way through the coder's stages ({@link RuleBasedEventCoder}): the trigger that
 * started it, what each stage has found so far, and the name of every rule that fired. Created by
 * the candidates stage, filled in by the others in turn, turned into an {@link Event} at the end.
 * Not shared between threads.
 */
final class Candidate {
    final Article article;
    final ArticleActors actors;
    final SentenceGraph graph;
    final String sentenceText;
    final EventDating.SentenceDates dates;
    final Triggers.Trigger trigger;
    /** The act told just before this one in the article: what "this proposal" points back to. */
    final Event previous;
    /** The acts already told in this sentence: "Germany expelled four Russian diplomats, while France is expelling four". */
    final List<Event> sentenceEvents;
    private final List<String> rules = new ArrayList<>();
    /** The rule or stage that dropped the act, or null while it is still an act. */
    private String dropped;

    EventType type;
    String mode;
    /** The date expression that dates the act, or null. */
    DateMention dateMention;
    /** The day offices are resolved on: the act's own day, else the publication date. */
    LocalDate codingDay;
    List<ActorRef> actor = List.of();
    final Map<String, ActorRef> recipients = new LinkedHashMap<>();
    Location location;
    List<String> issues = new ArrayList<>();
    Aux aux;
    boolean future;
    String date;

    Candidate(Article article, ArticleActors actors, SentenceGraph graph, String sentenceText,
              EventDating.SentenceDates dates, Triggers.Trigger trigger, Event previous, List<Event> sentenceEvents) {
        this.article = article;
        this.actors = actors;
        this.graph = graph;
        this.sentenceText = sentenceText;
        this.dates = dates;
        this.trigger = trigger;
        this.previous = previous;
        this.sentenceEvents = List.copyOf(sentenceEvents);
        this.type = trigger.act().type();
        this.mode = trigger.act().mode();
        rules.add(trigger.name());
    }

    /**
     * A further act the same words tell ("Kyiv said Russia had massed troops": Kyiv accuses
     * Russia), sharing this act's trigger, date, issues and rules, with {@code rule} added.
     */
    Candidate derive(EventType newType, List<ActorRef> newActor, List<ActorRef> newRecipients, String rule) {
        Candidate derived = new Candidate(article, actors, graph, sentenceText, dates, trigger, previous, sentenceEvents);
        derived.rules.clear();
        derived.rules.addAll(rules);
        derived.rules.add(rule);
        derived.type = newType;
        derived.mode = null;
        derived.dateMention = dateMention;
        derived.codingDay = codingDay;
        derived.actor = List.copyOf(newActor);
        newRecipients.forEach(ref -> derived.recipients.putIfAbsent(ref.code(), ref));
        derived.issues = new ArrayList<>(issues);
        derived.aux = aux;
        derived.date = date;
        return derived;
    }

    /** The trigger token. */
    int t() {
        return trigger.index();
    }

    /** The act the trigger signals, as triggers.yaml wrote it. */
    Act act() {
        return trigger.act();
    }

    boolean shape(TriggerPattern.Shape shape) {
        return trigger.shape() == shape;
    }

    /** Records that a rule changed or confirmed this act. */
    void fired(String rule) {
        rules.add(rule);
    }

    /** Drops the act: {@code reason} names the rule or stage. Later stages do not see it. */
    Candidate drop(String reason) {
        dropped = reason;
        return this;
    }

    /** What dropped the act, or null. */
    String dropped() {
        return dropped;
    }

    /** The trigger's rule and every rule that fired after it, in order. */
    List<String> rules() {
        return List.copyOf(rules);
    }

    Set<String> actorCodes() {
        Set<String> codes = new LinkedHashSet<>();
        actor.forEach(a -> codes.add(a.code()));
        return codes;
    }

    Event toEvent(String dictionaryVersion, String codebookVersion) {
        int begin = graph.sentence().begin();
        double confidence = shape(TriggerPattern.Shape.EVENT_NOUN) ? 0.5 : 0.7;
        return new Event(null, article.id(), type, mode, issues, actor, List.copyOf(recipients.values()), date,
                dateMention != null ? dateMention.text() : null, aux == Aux.FUTURE ? null : aux, location,
                new Evidence(sentenceText, begin, graph.sentence().end()), null, confidence,
                new Provenance(trigger.name(), graph.word(t()), rules(), dictionaryVersion, codebookVersion, null));
    }
}
