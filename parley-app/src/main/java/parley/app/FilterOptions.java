package parley.app;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import parley.core.store.Filter;
import parley.model.EventType;
import parley.model.Issues;
import picocli.CommandLine.Option;

/** The filters of every command that reads the workspace: actor, type, issue, since, until. */
final class FilterOptions {
    @Option(names = "--actor", split = ",", paramLabel = "CODE", description = "Actor codes (RUS, UKR, EU, HAMAS, ...).")
    List<String> actors = List.of();

    @Option(names = "--type", split = ",", paramLabel = "TYPE", description = "PLOVER types (REJECT, AGREE, ...).")
    List<String> types = List.of();

    @Option(names = "--issue", split = ",", paramLabel = "ISSUE", description = "Issues (ceasefire, peace_talks, ...).")
    List<String> issues = List.of();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events dated on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events dated on or before this day.")
    LocalDate until;

    /** The filter the options give; a bad value is an error naming the option. */
    Filter filter() {
        Set<String> actorCodes = new LinkedHashSet<>();
        actors.forEach(a -> actorCodes.add(a.trim().toUpperCase(Locale.ROOT)));
        Set<EventType> eventTypes = new LinkedHashSet<>();
        for (String type : types) {
            try {
                eventTypes.add(EventType.valueOf(type.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--type: unknown type '" + type + "', expected one of "
                        + List.of(EventType.values()));
            }
        }
        Set<String> issueSet = new LinkedHashSet<>();
        for (String issue : issues) {
            String id = issue.trim().toLowerCase(Locale.ROOT);
            if (!Issues.isKnown(id)) {
                throw new IllegalArgumentException("--issue: unknown issue '" + issue + "', expected one of " + Issues.ALL);
            }
            issueSet.add(id);
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
        return new Filter(actorCodes, eventTypes, issueSet, since, until);
    }
}
