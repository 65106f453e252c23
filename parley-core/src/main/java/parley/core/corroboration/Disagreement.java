package parley.core.corroboration;

import java.util.List;
import parley.model.Event;

/**
 * Reports of one incident that do not agree on a fact of it: outlets that give the act different
 * days, or different numbers of the same thing ("released 84 prisoners" and "released 90
 * prisoners"). {@link Disagreements} finds them.
 *
 * @param incident    the incident
 * @param differences each fact the reports disagree on, dates first
 */
public record Disagreement(Incident incident, List<Difference> differences) {
    public Disagreement {
        if (incident == null || differences == null || differences.isEmpty()) {
            throw new IllegalArgumentException("a disagreement needs an incident and at least one difference");
        }
        differences = List.copyOf(differences);
    }

    /**
     * One fact told in different ways.
     *
     * @param kind    {@code date} or {@code number}
     * @param subject what is told: {@code date}, or the noun a number counts ({@code prisoners})
     * @param claims  the values given, each with its reports, in the order of the values
     */
    public record Difference(String kind, String subject, List<Claim> claims) {
        public Difference {
            if (kind == null || subject == null || claims == null || claims.size() < 2) {
                throw new IllegalArgumentException("a difference needs a kind, a subject and two claims, got " + claims);
            }
            claims = List.copyOf(claims);
        }
    }

    /**
     * One value, with the reports that give it and their outlets.
     *
     * @param value   as written in the reports ({@code 2025-05-21}, {@code 84})
     * @param reports the events that give it, by id
     * @param outlets their outlets, sorted
     */
    public record Claim(String value, List<Event> reports, List<String> outlets) {
        public Claim {
            if (value == null || reports == null || reports.isEmpty()) {
                throw new IllegalArgumentException("a claim needs a value and a report, got " + value);
            }
            reports = List.copyOf(reports);
            outlets = List.copyOf(outlets);
        }
    }
}
