package parley.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parley.core.corroboration.Incident;
import parley.core.store.EventQuery;
import parley.core.time.IsoDates;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;

/**
 * The filters every list endpoint takes, already validated. Empty sets and null bounds mean "any";
 * values within a set are alternatives, different sets must all match. Dates match as in the
 * store: the days a date covers must overlap [since, until], and undated items are left out when
 * either bound is set.
 *
 * @param actors actor codes (upper case); the actor role of events and incidents, not the recipient
 * @param types  event types
 * @param issues issue ids
 * @param since  first day, or null
 * @param until  last day, or null
 */
record Filters(Set<String> actors, Set<EventType> types, Set<String> issues, LocalDate since, LocalDate until) {
    Filters {
        actors = Set.copyOf(actors);
        types = Set.copyOf(types);
        issues = Set.copyOf(issues);
        if (since != null && until != null && until.isBefore(since)) {
            throw ApiError.badParameter("until", "until " + until + " is before since " + since);
        }
    }

    static Filters none() {
        return new Filters(Set.of(), Set.of(), Set.of(), null, null);
    }

    /** The same query for the store, which applies the same rules. */
    EventQuery eventQuery() {
        return new EventQuery(actors, types, issues, since, until, 0);
    }

    boolean hasEventFilters() {
        return !actors.isEmpty() || !types.isEmpty() || !issues.isEmpty();
    }

    /** Whether an incident passes: an actor among its actors, its type, an issue, its date in range. */
    boolean matches(Incident incident) {
        if (!actors.isEmpty() && incident.actorCodes().stream().noneMatch(actors::contains)) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(incident.type())) {
            return false;
        }
        if (!issues.isEmpty() && incident.issues().stream().noneMatch(issues::contains)) {
            return false;
        }
        return inRange(incident.date());
    }

    /** Whether an event passes, by the store's rules: an actor code in the actor role, type, issue, date. */
    boolean matches(Event event) {
        if (!actors.isEmpty() && event.actor().stream().noneMatch(actor -> actors.contains(actor.code()))) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(event.type())) {
            return false;
        }
        if (!issues.isEmpty() && event.issues().stream().noneMatch(issues::contains)) {
            return false;
        }
        return inRange(event.date());
    }

    /**
     * Whether a quote passes: its speaker code among the actors, its date in range. Quotes have no
     * type or issue, so with either filter set no quote passes (as in search).
     */
    boolean matches(Quote quote) {
        if (!types.isEmpty() || !issues.isEmpty()) {
            return false;
        }
        if (!actors.isEmpty() && (quote.speakerCode() == null || !actors.contains(quote.speakerCode()))) {
            return false;
        }
        return inRange(quote.date());
    }

    /** Whether an ISO date (any precision) overlaps the bounds; with a bound set, undated fails. */
    boolean inRange(String isoDate) {
        if (since == null && until == null) {
            return true;
        }
        LocalDate first = IsoDates.firstDay(isoDate);
        LocalDate last = IsoDates.lastDay(isoDate);
        if (first == null || last == null) {
            return false;
        }
        return (since == null || !last.isBefore(since)) && (until == null || !first.isAfter(until));
    }

    /** Whether a day lies within the bounds; with a bound set, null fails. */
    boolean dayInRange(LocalDate day) {
        if (since == null && until == null) {
            return true;
        }
        return day != null && (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }

    /** A canonical text of the filters, so that a cursor can tell which query it belongs to. */
    String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add("a=" + String.join(",", new TreeSet<>(actors)));
        parts.add("t=" + String.join(",", new TreeSet<>(types.stream().map(EventType::name).toList())));
        parts.add("i=" + String.join(",", new TreeSet<>(issues)));
        parts.add("s=" + since);
        parts.add("u=" + until);
        return String.join(";", parts);
    }
}
