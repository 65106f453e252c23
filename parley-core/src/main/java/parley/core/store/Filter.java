package parley.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parley.core.corroboration.Incident;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Issues;
import parley.model.Quote;

/**
 * The one filter of Parley: what the query commands, every list endpoint of the API, the store's
 * SQL and the search index apply. Empty sets and null bounds mean "any"; values within a set are
 * alternatives, different sets must all match.
 *
 * <ul>
 *   <li>{@code actors}: codes in an event's actor role, never its recipients ("what Russia did");
 *       for an incident, any of its actor codes; for a quote, the speaker code; for a stance, its
 *       actor;</li>
 *   <li>{@code types}: the event (incident) type;</li>
 *   <li>{@code issues}: the event has any of them;</li>
 *   <li>{@code since}/{@code until}: the days a date covers at its precision ({@code 2025-05} is all
 *       of May, {@code 2025-W21} Monday to Sunday) must overlap [since, until]; an undated item, or
 *       one whose date is not an ISO value, is left out as soon as either bound is set;</li>
 *   <li>quotes have no type and no issue: with either set, no quote matches;</li>
 *   <li>an article passes when each restriction is met by something coded from it: an actor by
 *       one of its events (actor role) or quotes (speaker), a type or an issue by one of its
 *       events; since/until apply to its publication date.</li>
 * </ul>
 *
 * <p>The {@code matches} methods are the definition; the store's SQL and the search index's
 * queries must agree with them (a contract test checks it on generated workspaces).
 *
 * <pre>{@code
 * Filter russianRejections = Filter.none().withActors(Set.of("RUS")).withTypes(Set.of(EventType.REJECT));
 * Page<Event> first = store.events(russianRejections, null, 50);
 * }</pre>
 *
 * @param actors actor codes, upper case as stored
 * @param types  event types
 * @param issues issue ids from {@link Issues#ALL}
 * @param since  first day, or null
 * @param until  last day, or null; not before {@code since}
 */
public record Filter(Set<String> actors, Set<EventType> types, Set<String> issues, LocalDate since,
                     LocalDate until) {
    private static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of(), null, null);

    public Filter {
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        types = types == null ? Set.of() : Set.copyOf(types);
        issues = issues == null ? Set.of() : Set.copyOf(issues);
        for (String issue : issues) {
            if (!Issues.isKnown(issue)) {
                throw new IllegalArgumentException("unknown issue '" + issue + "', expected one of " + Issues.ALL);
            }
        }
        for (String actor : actors) {
            if (actor.isBlank()) {
                throw new IllegalArgumentException("actor codes must be non-blank, got " + actors);
            }
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /** No restriction. */
    public static Filter none() {
        return NONE;
    }

    public Filter withActors(Collection<String> newActors) {
        return new Filter(Set.copyOf(newActors), types, issues, since, until);
    }

    public Filter withTypes(Collection<EventType> newTypes) {
        return new Filter(actors, Set.copyOf(newTypes), issues, since, until);
    }

    public Filter withIssues(Collection<String> newIssues) {
        return new Filter(actors, types, Set.copyOf(newIssues), since, until);
    }

    public Filter withDates(LocalDate newSince, LocalDate newUntil) {
        return new Filter(actors, types, issues, newSince, newUntil);
    }

    /** Whether nothing is restricted. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** Whether the actor, type or issue is restricted (the filters that look at events). */
    public boolean restrictsEvents() {
        return !actors.isEmpty() || !types.isEmpty() || !issues.isEmpty();
    }

    /** Whether an event passes: an actor code in the actor role, its type, an issue, its date in range. */
    public boolean matches(Event event) {
        if (!actors.isEmpty() && event.actor().stream().map(ActorRef::code).noneMatch(actors::contains)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(event.type())) {
            return false;
        }
        if (!issues.isEmpty() && event.issues().stream().noneMatch(issues::contains)) {
            return false;
        }
        return covers(event.date());
    }

    /** Whether an incident passes: an actor among its actors, its type, an issue, its date in range. */
    public boolean matches(Incident incident) {
        if (!actors.isEmpty() && incident.actorCodes().stream().noneMatch(actors::contains)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(incident.type())) {
            return false;
        }
        if (!issues.isEmpty() && incident.issues().stream().noneMatch(issues::contains)) {
            return false;
        }
        return covers(incident.date());
    }

    /** Whether an article passes, by what was coded from it and its publication date. */
    public boolean matches(CodedArticle coded) {
        if (!actors.isEmpty() && coded.events().stream().flatMap(event -> event.actor().stream()).map(ActorRef::code)
                .noneMatch(actors::contains) && coded.quotes().stream().map(Quote::speakerCode)
                .noneMatch(code -> code != null && actors.contains(code))) {
            return false;
        }
        if (!types.isEmpty() && coded.events().stream().map(Event::type).noneMatch(types::contains)) {
            return false;
        }
        if (!issues.isEmpty() && coded.events().stream().flatMap(event -> event.issues().stream())
                .noneMatch(issues::contains)) {
            return false;
        }
        return containsDay(coded.article().published());
    }

    /** Whether a quote passes: no type or issue asked for, its speaker code among the actors, its date in range. */
    public boolean matches(Quote quote) {
        if (!types.isEmpty() || !issues.isEmpty()) {
            return false;
        }
        if (!actors.isEmpty() && (quote.speakerCode() == null || !actors.contains(quote.speakerCode()))) {
            return false;
        }
        return covers(quote.date());
    }

    /** Whether the days an ISO date (any precision) covers overlap the bounds; with a bound set, undated fails. */
    public boolean covers(String isoDate) {
        if (since == null && until == null) {
            return true;
        }
        LocalDate first = IsoDates.firstDay(isoDate);
        LocalDate last = IsoDates.lastDay(isoDate);
        return first != null && overlaps(first, last);
    }

    /** Whether the days [first, last] overlap the bounds. */
    public boolean overlaps(LocalDate first, LocalDate last) {
        return (since == null || !last.isBefore(since)) && (until == null || !first.isAfter(until));
    }

    /** Whether a day (a publication date) lies within the bounds; with a bound set, null fails. */
    public boolean containsDay(LocalDate day) {
        if (since == null && until == null) {
            return true;
        }
        return day != null && overlaps(day, day);
    }

    /** A canonical text of the filter, equal for equal filters, so that a cursor can tell which query it belongs to. */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add("a=" + String.join(",", new TreeSet<>(actors)));
        parts.add("t=" + String.join(",", new TreeSet<>(types.stream().map(EventType::name).toList())));
        parts.add("i=" + String.join(",", new TreeSet<>(issues)));
        parts.add("s=" + since);
        parts.add("u=" + until);
        return String.join(";", parts);
    }
}
