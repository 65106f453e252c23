package parley.core.store;

import java.util.Map;
import java.util.TreeMap;
import parley.model.EventType;

/**
 * How much a workspace holds; every count is kept by the store as it writes, so asking is cheap
 * at any size.
 *
 * @param articles       stored articles
 * @param events         coded events over all articles
 * @param quotes         quotes over all articles
 * @param skipped        recorded skipped inputs
 * @param syndications   recorded syndicated copies
 * @param incidents      corroborated incidents
 * @param contradictions pairs of incidents that cannot both be true
 * @param eventsByType   events per type, types without events left out
 */
public record WorkspaceSummary(long articles, long events, long quotes, long skipped, long syndications,
                               long incidents, long contradictions, Map<EventType, Long> eventsByType) {
    public WorkspaceSummary {
        if (articles < 0 || events < 0 || quotes < 0 || skipped < 0 || syndications < 0 || incidents < 0
                || contradictions < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got articles " + articles + ", events "
                    + events + ", quotes " + quotes + ", skipped " + skipped + ", syndications " + syndications
                    + ", incidents " + incidents + ", contradictions " + contradictions);
        }
        eventsByType = eventsByType == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(eventsByType));
    }
}
