package parley.core.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * Derives stances from events: agreeing, supporting, conceding, complying and asking for
 * something are "for" it, rejecting is "against", and either with a condition on the act ("only if
 * arms deliveries stop", "provided that", "contingent on"), as the coder's modality stage found it
 * in the act's own clause and recorded in its provenance, is "conditional". Other types (accusations,
 * attacks) say nothing about a position and are ignored, and so are hypothetical and negated acts.
 *
 * <p>The latest stance of an actor on an issue is the one whose event date begins last; undated
 * events count as older than every dated one; among stances whose dates begin on the same day,
 * the one stored (or given) last wins. The same rule answers a list of events in memory
 * ({@link #latest(List)}) and a workspace of any size through its {@link StanceLog}
 * ({@link #latest(StanceLog, Filter, LocalDate, StanceKey, int)}).
 *
 * <pre>{@code
 * Page<Position> asOfMay = PositionTracker.latest(store, Filter.none(), LocalDate.of(2025, 5, 1), null, 50);
 * }</pre>
 */
public final class PositionTracker {
    /** The prefix of the coding rule that marks an act with a condition (the modality stage decides it). */
    public static final String CONDITION_RULE = "condition:";

    /** Earlier first day before later; undated before every dated one. Ties: the order given (stable sorts keep it). */
    public static final Comparator<Position> LATEST_FIRST = Comparator.comparing(
            (Position position) -> IsoDates.firstDay(position.date()), Comparator.nullsFirst(Comparator.naturalOrder()));

    private PositionTracker() {
    }

    /** Every stance an event expresses, one per actor code and issue, in the order of the events. */
    public static List<Position> positions(List<Event> events) {
        List<Position> positions = new ArrayList<>();
        for (Event event : events) {
            if (!event.asserted()) {
                continue;
            }
            Stance stance = stanceOf(event);
            if (stance == null) {
                continue;
            }
            for (ActorRef actor : event.actor()) {
                for (String issue : event.issues()) {
                    positions.add(new Position(actor.code(), issue, stance, event.date(), event.id(), event.doc(),
                            event.evidence().sentence()));
                }
            }
        }
        return positions;
    }

    /**
     * The latest stance per actor and issue of these events (given in the order they were
     * stored), ordered by actor then issue.
     */
    public static List<Position> latest(List<Event> events) {
        Map<StanceKey, Position> latest = new TreeMap<>();
        for (Position position : positions(events)) {
            Position current = latest.get(position.key());
            if (current == null || LATEST_FIRST.compare(position, current) >= 0) {
                latest.put(position.key(), position);
            }
        }
        return List.copyOf(latest.values());
    }

    /**
     * One page of the latest stances in a workspace, ordered by actor then issue: for each actor
     * and issue the filter lets through, the latest of the stances that pass it and whose event
     * began by {@code asOf} (with {@code asOf} null: of all of them, undated ones too).
     *
     * @param after the key of the last stance of the previous page, or null for the first
     * @param limit at most this many, at least 1
     */
    public static Page<Position> latest(StanceLog log, Filter filter, LocalDate asOf, StanceKey after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<Position> found = new ArrayList<>();
        StanceKey from = after;
        // Keys without a stance by asOf give nothing: read keys in batches until the page is full.
        while (found.size() <= limit) {
            int batch = Math.max(limit + 1 - found.size(), 16);
            List<StanceKey> keys = log.stanceKeys(filter, from, batch);
            if (keys.isEmpty()) {
                break;
            }
            Map<StanceKey, Position> latest = log.latestStances(keys, filter, asOf);
            for (StanceKey key : keys) {
                Position position = latest.get(key);
                if (position != null && found.size() <= limit) {
                    found.add(position);
                }
            }
            from = keys.get(keys.size() - 1);
            if (keys.size() < batch) {
                break;
            }
        }
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<Position> page = found.subList(0, limit);
        StanceKey last = page.get(limit - 1).key();
        return new Page<>(page, last.actor() + "\u0000" + last.issue());
    }

    /** The key a {@link Page#next()} of {@link #latest(StanceLog, Filter, LocalDate, StanceKey, int)} names. */
    public static StanceKey keyAfter(String next) {
        if (next == null) {
            return null;
        }
        int split = next.indexOf('\u0000');
        if (split <= 0 || split == next.length() - 1) {
            throw new IllegalArgumentException("not a key of a page of positions: '" + next + "'");
        }
        return new StanceKey(next.substring(0, split), next.substring(split + 1));
    }

    static Stance stanceOf(Event event) {
        Stance base = switch (event.type()) {
            case AGREE, SUPPORT, CONCEDE, RETREAT, REQUEST -> Stance.FOR;
            case REJECT -> Stance.AGAINST;
            default -> null;
        };
        if (base == null) {
            return null;
        }
        return conditional(event) ? Stance.CONDITIONAL : base;
    }

    /**
     * Whether the coder found a condition on the act ("agreed to a truce only if arms deliveries
     * stop"): its provenance records a {@code condition:} rule. The coder's modality stage is the
     * one place that decides it, from the parse of the act's own clause.
     */
    public static boolean conditional(Event event) {
        if (event.provenance() == null) {
            return false;
        }
        for (String rule : event.provenance().rules()) {
            if (rule.startsWith(CONDITION_RULE)) {
                return true;
            }
        }
        return false;
    }
}
