package parley.core.store;

import java.time.LocalDate;
import java.util.Set;
import parley.model.EventType;

/**
 * Filters for reading events and quotes back. Empty sets and null bounds mean "any". Actor codes
 * match the actor role of an event (who acted), never its recipients; for quotes, the speaker.
 * {@code since}/{@code until} compare with the event date (at its precision: an event dated
 * {@code 2025-05} lies in May); undated events are excluded when either bound is set.
 */
public record EventQuery(Set<String> actors, Set<EventType> types, Set<String> issues,
                         LocalDate since, LocalDate until, int limit) {
    public EventQuery {
        actors = actors == null ? Set.of() : Set.copyOf(actors);
        types = types == null ? Set.of() : Set.copyOf(types);
        issues = issues == null ? Set.of() : Set.copyOf(issues);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0 (0 = no limit), got " + limit);
        }
    }

    public static EventQuery all() {
        return new EventQuery(Set.of(), Set.of(), Set.of(), null, null, 0);
    }
}
