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
     * The stored incidents that answer any of the queries (each at most once): incidents of one of
     * the query's types, among whose canonical actor codes one of its codes is, whose dates overlap
     * its days. They are the incidents that could contradict the ones the queries were made for.
     */
    List<Incident> counterparts(List<CounterpartQuery> queries);

    /**
     * Incidents that could contradict one incident.
     *
     * @param types      the types a contradicting incident has
     * @param actorCodes the incident's canonical actor codes
     * @param first      the first day of the incident's date
     * @param last       the last day of the incident's date
     */
    record CounterpartQuery(Set<parley.model.EventType> types, Set<String> actorCodes, java.time.LocalDate first,
                            java.time.LocalDate last) {
        public CounterpartQuery {
            types = Set.copyOf(types);
            actorCodes = Set.copyOf(actorCodes);
        }
    }
}
