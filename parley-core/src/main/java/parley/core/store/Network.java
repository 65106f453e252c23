package parley.core.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who did what to whom in the incidents a filter keeps: a node per actor code, an edge from each
 * actor code of an incident to each of its recipient codes (not to itself), weighted by incidents.
 *
 * @param nodes     by code
 * @param edges     by source, then target
 * @param incidents how many incidents the filter kept
 */
public record Network(List<Node> nodes, List<Edge> edges, long incidents) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An actor in the network.
     *
     * @param id                   the actor code
     * @param name                 the name the dictionary gave it most often, or null
     * @param incidentsAsActor     incidents among whose actors it is
     * @param incidentsAsRecipient incidents among whose recipients it is
     */
    public record Node(String id, String name, long incidentsAsActor, long incidentsAsRecipient) {
    }

    /**
     * Incidents from {@code source} (an actor) to {@code target} (a recipient).
     *
     * @param id     {@code source->target}
     * @param weight how many incidents
     * @param types  how many of each type, by type name
     */
    public record Edge(String id, String source, String target, long weight, Map<String, Long> types) {
        public Edge {
            types = java.util.Collections.unmodifiableMap(new TreeMap<>(types));
        }
    }
}
