package parley.core.positions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * Derives stances from events: agreeing, supporting, conceding, complying and asking for
 * something are "for" it, rejecting is "against", and either with a stated condition ("if",
 * "provided that", "only when", "contingent on") is "conditional". Other types (accusations,
 * attacks) say nothing about a position and are ignored.
 */
public final class PositionTracker {
    private static final Pattern CONDITION = Pattern.compile(
            "\\b(if|unless|provided|providing|as long as|only when|only if|on condition|contingent|conditions?)\\b");

    private PositionTracker() {
    }

    /** Every stance an event expresses, one per actor code and issue. */
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
     * The latest stance per actor and issue; undated events count as older than dated ones, and
     * among equals the later one in input order wins.
     */
    public static List<Position> latest(List<Event> events) {
        Map<String, Position> latest = new LinkedHashMap<>();
        for (Position position : positions(events)) {
            String key = position.actor() + "|" + position.issue();
            Position current = latest.get(key);
            if (current == null || compareDates(position.date(), current.date()) >= 0) {
                latest.put(key, position);
            }
        }
        List<Position> sorted = new ArrayList<>(latest.values());
        sorted.sort(Comparator.comparing(Position::actor).thenComparing(Position::issue));
        return sorted;
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
        String sentence = event.evidence().sentence().toLowerCase(Locale.ROOT);
        return CONDITION.matcher(sentence).find() ? Stance.CONDITIONAL : base;
    }

    private static int compareDates(String a, String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        return a.compareTo(b);
    }
}
