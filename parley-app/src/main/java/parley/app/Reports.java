package parley.app;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import parley.core.positions.Position;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.SkippedInput;

/** The human-readable reports the commands print. */
final class Reports {
    private Reports() {
    }

    static void printSkipped(PrintStream out, Collection<SkippedInput> skipped) {
        for (SkippedInput input : skipped) {
            out.printf("skipped %s: %s%s%n", input.origin(), input.reason(),
                    input.detail() == null ? "" : " (" + input.detail() + ")");
        }
    }

    static String codes(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::code).collect(Collectors.joining(","));
    }

    static String who(Event event) {
        String actors = event.actor().stream()
                .map(a -> a.name() != null && !a.name().equals(a.code()) ? a.name() + " (" + a.code() + ")" : a.code())
                .collect(Collectors.joining(", "));
        return event.recipient().isEmpty() ? actors : actors + " -> " + codes(event.recipient());
    }

    static void eventsByType(PrintStream out, Map<parley.model.EventType, Long> counts) {
        Map<String, Long> byType = new TreeMap<>();
        counts.forEach((type, count) -> byType.put(type.name(), count));
        Table table = new Table("type", "events");
        byType.forEach(table::row);
        table.print(out);
    }

    static void timeline(PrintStream out, List<Event> events, Map<String, String> sources, int evidenceWidth) {
        Table table = new Table("date", "type", "who", "issues", "source", "evidence");
        for (Event event : events) {
            table.row(event.date() == null ? "undated" : event.date(), event.type(), who(event),
                    String.join(",", event.issues()), sources.getOrDefault(event.doc(), event.doc()),
                    Table.clip(event.evidence().sentence(), evidenceWidth));
        }
        table.print(out);
    }

    static void positions(PrintStream out, List<Position> positions) {
        Table table = new Table("actor", "issue", "stance", "as of", "event", "evidence");
        for (Position position : positions) {
            table.row(position.actor(), position.issue(), position.stance().id(),
                    position.date() == null ? "undated" : position.date(), position.eventId(),
                    Table.clip(position.evidence(), 70));
        }
        table.print(out);
    }
}
