package parley.server;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import parley.core.corroboration.Corroboration;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.store.EventQuery;
import parley.core.store.EventStore;
import parley.core.time.IsoDates;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;

/**
 * The workspace as it was at one state of the store, read once and shared by every request until
 * the store changes. Corroboration, which compares events pairwise within a type, runs on first
 * use only. Immutable, so requests read it without locks.
 */
final class Snapshot {
    private final Object key;
    private final List<Article> articles;
    private final Map<String, Article> articleById = new LinkedHashMap<>();
    private final List<Event> events;
    private final Map<String, Event> eventById = new LinkedHashMap<>();
    private final Map<String, List<Event>> eventsByDoc = new LinkedHashMap<>();
    private final List<Quote> quotes;
    private final Map<String, List<Quote>> quotesByDoc = new LinkedHashMap<>();
    private final Supplier<Corroboration> corroboration;
    private final Supplier<Map<String, Incident>> incidentById;
    private final Supplier<Map<String, String>> actorNames;
    private final Supplier<List<Event>> chronological;
    private final Supplier<List<Position>> positions;
    private final Supplier<Map<String, LocalDate>> firstDays;

    Snapshot(Object key, EventStore store) {
        this.key = key;
        this.articles = List.copyOf(store.articles());
        this.events = List.copyOf(store.events(EventQuery.all()));
        this.quotes = List.copyOf(store.quotes(EventQuery.all()));
        articles.forEach(article -> articleById.put(article.id(), article));
        for (Event event : events) {
            if (event.id() != null) {
                eventById.put(event.id(), event);
            }
            eventsByDoc.computeIfAbsent(event.doc(), doc -> new ArrayList<>()).add(event);
        }
        quotes.forEach(quote -> quotesByDoc.computeIfAbsent(quote.doc(), doc -> new ArrayList<>()).add(quote));
        this.corroboration = Lazy.of(() -> Corroborator.corroborate(events, articles, Map.of()));
        this.incidentById = Lazy.of(() -> {
            Map<String, Incident> byId = new LinkedHashMap<>();
            corroboration().incidents().forEach(incident -> byId.put(incident.id(), incident));
            return byId;
        });
        this.actorNames = Lazy.of(() -> ActorNames.of(events));
        this.chronological = Lazy.of(() -> chronological(events));
        this.positions = Lazy.of(() -> List.copyOf(PositionTracker.positions(chronological())));
        this.firstDays = Lazy.of(() -> {
            Map<String, LocalDate> days = new HashMap<>();
            for (Event event : events) {
                LocalDate day = IsoDates.firstDay(event.date());
                if (event.id() != null && day != null) {
                    days.put(event.id(), day);
                }
            }
            return days;
        });
    }

    /** The first day an event's date covers, or null when undated (parsed once per snapshot). */
    LocalDate firstDay(String eventId) {
        return firstDays.get().get(eventId);
    }

    /** Every stance the events express, in chronological order of their events (computed once). */
    List<Position> positions() {
        return positions.get();
    }

    /** Undated events first (they count as older), then by the first day of their date, stable. */
    private static List<Event> chronological(List<Event> events) {
        List<Map.Entry<LocalDate, Event>> keyed = new ArrayList<>();
        for (Event event : events) {
            keyed.add(new AbstractMap.SimpleImmutableEntry<>(IsoDates.firstDay(event.date()), event));
        }
        keyed.sort(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder())));
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    /** Events in chronological order: undated first, then by the first day of their date. */
    List<Event> chronological() {
        return chronological.get();
    }

    /** The name the dictionary gives an actor code most often, or null. */
    String actorName(String code) {
        return actorNames.get().get(code);
    }

    Object key() {
        return key;
    }

    /** Articles in the order they were stored. */
    List<Article> articles() {
        return articles;
    }

    Article article(String id) {
        return articleById.get(id);
    }

    /** Events in store order: by article, then their order in it. */
    List<Event> events() {
        return events;
    }

    Event event(String id) {
        return eventById.get(id);
    }

    List<Event> eventsOf(String articleId) {
        return eventsByDoc.getOrDefault(articleId, List.of());
    }

    List<Quote> quotes() {
        return quotes;
    }

    List<Quote> quotesOf(String articleId) {
        return quotesByDoc.getOrDefault(articleId, List.of());
    }

    Corroboration corroboration() {
        return corroboration.get();
    }

    /** Incidents ordered by date (undated last), then id. */
    List<Incident> incidents() {
        return corroboration().incidents();
    }

    Incident incident(String id) {
        return incidentById.get().get(id);
    }
}
