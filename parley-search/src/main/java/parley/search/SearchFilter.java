package parley.search;

import java.time.LocalDate;
import java.util.Set;
import parley.model.EventType;
import parley.model.Issues;

/**
 * Restricts a search. Empty sets and null bounds mean "any"; values within a set are alternatives,
 * different sets must all match.
 *
 * <ul>
 *   <li>{@code kinds}: articles, events, quotes;</li>
 *   <li>{@code actors}: an event's actor codes (not its recipients, as in the store), a quote's
 *       speaker code, and for an article any of those of its events and quotes;</li>
 *   <li>{@code types} and {@code issues}: an event's own, and for an article those of any of its
 *       events; quotes have neither, so such a filter leaves them out;</li>
 *   <li>{@code since}/{@code until}: the days an event or quote date covers must overlap the
 *       bounds, an article's publication date must lie within them; undated hits are left out
 *       when either bound is set.</li>
 * </ul>
 */
public record SearchFilter(Set<SearchKind> kinds, Set<String> actors, Set<EventType> types, Set<String> issues,
                           LocalDate since, LocalDate until) {
    public SearchFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        types = types == null ? Set.of() : Set.copyOf(types);
        issues = issues == null ? Set.of() : Set.copyOf(issues);
        for (String issue : issues) {
            if (!Issues.isKnown(issue)) {
                throw new IllegalArgumentException("unknown issue '" + issue + "', expected one of " + Issues.ALL);
            }
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /** No restriction. */
    public static SearchFilter none() {
        return new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);
    }

    /** Only hits of these kinds. */
    public static SearchFilter kinds(SearchKind... kinds) {
        return none().withKinds(Set.of(kinds));
    }

    public SearchFilter withKinds(Set<SearchKind> newKinds) {
        return new SearchFilter(newKinds, actors, types, issues, since, until);
    }

    public SearchFilter withActors(Set<String> newActors) {
        return new SearchFilter(kinds, newActors, types, issues, since, until);
    }

    public SearchFilter withTypes(Set<EventType> newTypes) {
        return new SearchFilter(kinds, actors, newTypes, issues, since, until);
    }

    public SearchFilter withIssues(Set<String> newIssues) {
        return new SearchFilter(kinds, actors, types, newIssues, since, until);
    }

    public SearchFilter withDates(LocalDate newSince, LocalDate newUntil) {
        return new SearchFilter(kinds, actors, types, issues, newSince, newUntil);
    }
}
