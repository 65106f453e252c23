package parley.core.corroboration;

import java.util.List;

/**
 * What {@link Corroborator} finds in a set of events.
 *
 * @param incidents      every event in exactly one incident, ordered by date (undated last), then id
 * @param contradictions pairs of incidents whose reports disagree, ordered by incident ids
 */
public record Corroboration(List<Incident> incidents, List<Contradiction> contradictions) {
    public Corroboration {
        incidents = List.copyOf(incidents);
        contradictions = List.copyOf(contradictions);
    }
}
