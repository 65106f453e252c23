package parley.core.corroboration;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a store answers so that {@link IncrementalCorroborator} can merge a new article's events
 * into the stored incidents. A store implements it over its own tables, inside the transaction
 * that saves the article (the new events are already written, each in a component of its own).
 */
public interface ReportIndex {
    /** The stored reports whose keys lie in any of the windows (a report may come more than once). */
    List<StoredReport> find(Collection<ReportWindow> windows);

    /** Every stored report of these components. */
    List<StoredReport> members(Set<Long> components);

    /**
     * The stored incidents that could contradict one of {@code types} with any of these canonical
     * actor codes, dated on days overlapping [first, last]: incidents of those types, among whose
     * canonical actor codes one of {@code actorCodes} is, whose date range overlaps.
     */
    List<Incident> counterparts(Set<parley.model.EventType> types, Set<String> actorCodes,
                                java.time.LocalDate first, java.time.LocalDate last);
}
