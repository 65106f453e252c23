package parley.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Incident;
import parley.core.positions.StanceLog;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * The workspace: articles with their events and quotes, the incidents and contradictions
 * corroboration finds across articles, the stances events show, syndicated copies and skipped
 * inputs. Everything a command or the server reads is here, so that nothing above the store
 * depends on how it keeps them.
 *
 * <h2>Writing</h2>
 * An article is written with all its events, quotes and stances in one transaction, and in the same
 * transaction its events are merged into the stored incidents ({@link
 * parley.core.corroboration.IncrementalCorroborator}), so a killed run never leaves half an
 * article and the incidents always equal what {@link parley.core.corroboration.Corroborator} finds
 * over every stored event. Several writers (threads, or processes on one server database) may save
 * at once: each article is stored once.
 *
 * <h2>Reading</h2>
 * Lists are read a page at a time with keyset pagination: a page holds at most {@code limit}
 * items and the key of the next page ({@link Page#next()}), which is passed back as {@code after}
 * (null for the first page). Every list applies a {@link Filter} with the rules documented there.
 * No call reads more than a page's worth of rows plus what its indexes point at, whatever the size
 * of the workspace.
 */
public interface EventStore extends StanceLog, AutoCloseable {
    // ---- writing ----

    /** Whether an article with this id is stored (then it is not coded again). */
    boolean contains(String articleId);

    /**
     * Stores the article, its events, quotes and stances, and merges its events into the incidents,
     * atomically.
     *
     * @return false when the article was already stored (nothing is written twice)
     */
    boolean save(CodedArticle coded);

    /**
     * Stores several articles in one transaction, each as {@link #save} would (those already stored
     * are passed over): for batch jobs, where one commit per article would cost more than the
     * writing. A failure keeps none of them.
     *
     * @return how many were stored now
     */
    default int saveAll(List<CodedArticle> batch) {
        int stored = 0;
        for (CodedArticle coded : batch) {
            stored += save(coded) ? 1 : 0;
        }
        return stored;
    }

    /** Records an input that was skipped; the same origin and reason are recorded once. */
    void recordSkipped(SkippedInput skipped);

    /**
     * Records a syndicated copy of a stored article, once: recording the same copy id again
     * changes nothing, whatever article it is given as a copy of.
     *
     * @return true when the copy was recorded now, false when it already was
     * @throws IllegalArgumentException when the article it copies is not stored
     */
    boolean recordSyndication(Syndication syndication);

    /** Whether a copy with this id is recorded. */
    boolean containsCopy(String copyId);

    // ---- single items ----

    Optional<Article> article(String id);

    /** The events of one article, in their order in it. */
    List<Event> eventsOf(String articleId);

    /** The quotes of one article, in their order in it. */
    List<Quote> quotesOf(String articleId);

    Optional<Event> event(String id);

    Optional<Incident> incident(String id);

    /** The contradictions an incident takes part in, in {@link #contradictions} order. */
    List<Contradiction> contradictionsOf(String incidentId);

    /** The name the dictionary gave an actor code most often in the stored events, or null. */
    String actorName(String code);

    /** The titles of these stored articles, by id (an article without a title, or not stored, is left out). */
    Map<String, String> titles(Collection<String> articleIds);

    /** These stored articles without their texts, by id (an id not stored is left out). */
    Map<String, ArticleSummary> summaries(Collection<String> articleIds);

    /**
     * The incident each of these events is reported in, by event id (an event in no incident, or
     * not stored, is left out).
     */
    Map<String, Incident> incidentsOf(Collection<String> eventIds);

    // ---- lists ----

    /** Articles in the order they were stored; see {@link Filter#matches(CodedArticle)}. */
    Page<ArticleSummary> articles(Filter filter, String after, int limit);

    /** Events in the order their articles were stored, then their order in the article. */
    default Page<Event> events(Filter filter, String after, int limit) {
        return events(filter, Set.of(), after, limit);
    }

    /**
     * Events in {@link #events(Filter, String, int)} order; with two codes in {@code conflict}, only
     * those that {@link Conflict#involves(Set, Event) involve} both; empty for all.
     */
    Page<Event> events(Filter filter, Set<String> conflict, String after, int limit);

    /**
     * Dated events in chronological order: by the first day their date covers, then stored order;
     * with {@code latestFirst} the other way round. Undated events are left out.
     */
    Page<Event> chronology(Filter filter, boolean latestFirst, String after, int limit);

    /** Quotes in stored order; see {@link Filter#matches(Quote)}. */
    Page<Quote> quotes(Filter filter, String after, int limit);

    /** Incidents by the first day of their date (undated last), then id. */
    Page<Incident> incidents(Filter filter, String after, int limit);

    /**
     * Dated incidents in {@link #incidents} order. With two codes in {@code involving}, only those
     * that {@link Conflict#involves(Set, Incident) involve} both; empty for all.
     */
    Page<Incident> timeline(Filter filter, Set<String> involving, String after, int limit);

    /**
     * Contradictions by accepting incident id, rejecting incident id, actor code. The filter's
     * actors are the contradiction's actor; the other restrictions keep a contradiction when either
     * incident passes them.
     */
    Page<Contradiction> contradictions(Filter filter, String after, int limit);

    /**
     * Every actor code that acts, receives or speaks in what the filter keeps (its actors pick the
     * codes listed, the counts are over the rest of the filter), most active first ({@link
     * ActorActivity#total()}), then by code.
     */
    Page<ActorActivity> actors(Filter filter, String after, int limit);

    /** The who-did-what-to-whom graph of the incidents the filter keeps. */
    Network network(Filter filter);

    /** Inputs skipped, in the order they were first recorded. */
    List<SkippedInput> skipped();

    /** Syndicated copies, in the order they were recorded. */
    List<Syndication> syndications();

    /** How much the workspace holds. */
    WorkspaceSummary summary();

    /**
     * Hands every article stored after position {@code afterOrder} to {@code action}, with its
     * events and quotes, in stored order, a few at a time (for building a search index, or
     * seeding duplicate detection, without holding all texts).
     *
     * @param afterOrder 0 for all; else the {@link StoredArticle#order()} of the last one handled
     */
    void forEachCoded(long afterOrder, Consumer<StoredArticle> action);

    /** Hands every stored article to {@code action}, in stored order, a few at a time. */
    default void forEachArticle(Consumer<Article> action) {
        forEachCoded(0, stored -> action.accept(stored.coded().article()));
    }

    @Override
    void close();

    /**
     * A stored article with what was coded from it, and its position in the stored order.
     *
     * @param order increasing in the order articles were stored (not necessarily dense)
     */
    record StoredArticle(CodedArticle coded, long order) {
    }
}
