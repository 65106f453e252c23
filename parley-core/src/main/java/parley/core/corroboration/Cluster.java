package parley.core.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import parley.core.time.Precision;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.Issues;

/** The reports merged so far into one incident, in the order they joined. */
final class Cluster {
    private final List<Report> reports = new ArrayList<>();

    Cluster(Report founder) {
        reports.add(founder);
    }

    /** Complete linkage: the report must be compatible with every member, not just one. */
    boolean accepts(Report report) {
        for (Report member : reports) {
            if (!MergeRules.compatible(member, report)) {
                return false;
            }
        }
        return true;
    }

    void add(Report report) {
        reports.add(report);
    }

    int size() {
        return reports.size();
    }

    Incident toIncident() {
        Report earliest = reports.stream().min(Report.EARLIEST).orElseThrow();
        Report best = reports.stream()
                .min(Comparator.comparingDouble((Report report) -> -report.event().confidence())
                        .thenComparing(Report.EARLIEST))
                .orElseThrow();
        TreeSet<String> actors = new TreeSet<>();
        TreeSet<String> recipients = new TreeSet<>();
        TreeSet<String> issues = new TreeSet<>();
        TreeSet<String> eventIds = new TreeSet<>();
        TreeSet<String> articleIds = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        for (Report report : reports) {
            Event event = report.event();
            event.actor().stream().map(ActorRef::code).forEach(actors::add);
            event.recipient().stream().map(ActorRef::code).forEach(recipients::add);
            issues.addAll(event.issues());
            eventIds.add(event.id());
            if (event.doc() != null) {
                articleIds.add(event.doc());
            }
            outlets.add(report.outlet());
        }
        Event first = earliest.event();
        return new Incident(Incident.ID_PREFIX + first.id(), first.type(), earliest.modality() == Report.Modality.ASSERTED ? null : first.aux(),
                List.copyOf(actors), List.copyOf(recipients), Issues.normalise(List.copyOf(issues)), date(),
                List.copyOf(eventIds), List.copyOf(articleIds), List.copyOf(outlets), firstReport(), best.event());
    }

    /**
     * The most precise date the reports give; at that precision the value most reports give,
     * ties broken by the earliest. Complete linkage already made every dated report agree with
     * every other within the tolerance, so the most precise value agrees with the others.
     */
    private String date() {
        Precision finest = reports.stream().map(Report::precision).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (finest == null) {
            return null;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (Report report : reports) {
            if (report.precision() == finest) {
                votes.merge(report.event().date(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    private FirstReport firstReport() {
        return reports.stream()
                .filter(report -> report.published() != null && report.doc() != null)
                .min(Comparator.comparing(Report::published).thenComparing(Report::doc))
                .map(report -> new FirstReport(report.doc(), report.published()))
                .orElse(null);
    }
}
