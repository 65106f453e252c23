package parley.core.corroboration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import parley.core.time.DateRange;
import parley.core.time.IsoDates;
import parley.model.EventType;

/**
 * Finds incidents that contradict each other (see {@link Corroborator} for the rule).
 */
final class Contradictions {
    private Contradictions() {
    }

    static List<Contradiction> find(List<Incident> incidents) {
        List<Incident> accepting = new ArrayList<>();
        List<Incident> rejecting = new ArrayList<>();
        for (Incident incident : incidents) {
            if (isAccepting(incident)) {
                accepting.add(incident);
            } else if (isRejecting(incident)) {
                rejecting.add(incident);
            }
        }
        List<Contradiction> found = new ArrayList<>();
        for (Incident yes : accepting) {
            for (Incident no : rejecting) {
                found.addAll(between(yes, no));
            }
        }
        found.sort(ORDER);
        return found;
    }

    /** The order contradictions are listed in: by accepting incident id, rejecting incident id, actor. */
    static final Comparator<Contradiction> ORDER = Comparator.comparing((Contradiction c) -> c.accepting().id())
            .thenComparing(c -> c.rejecting().id()).thenComparing(Contradiction::actorCode);

    /** A plain, dated AGREE or SUPPORT incident: one that can be contradicted by a rejection. */
    static boolean isAccepting(Incident incident) {
        return plainAndDated(incident) && (incident.type() == EventType.AGREE || incident.type() == EventType.SUPPORT);
    }

    /** A plain, dated REJECT incident. */
    static boolean isRejecting(Incident incident) {
        return plainAndDated(incident) && incident.type() == EventType.REJECT;
    }

    private static boolean plainAndDated(Incident incident) {
        // Only acts reported as having happened can contradict; a planned or denied act cannot.
        return incident.aux() == null && IsoDates.firstDay(incident.date()) != null;
    }

    /** The contradictions between an accepting and a rejecting incident, one per shared actor code. */
    static List<Contradiction> between(Incident yes, Incident no) {
        if (!isAccepting(yes) || !isRejecting(no) || !sameThing(yes, no) || !sameTime(yes, no)
                || !differentOutlets(yes, no)) {
            return List.of();
        }
        List<Contradiction> found = new ArrayList<>();
        for (String actor : sharedActors(yes, no)) {
            found.add(new Contradiction(yes, no, actor, reason(yes, no, actor)));
        }
        return found;
    }

    private static Set<String> sharedActors(Incident a, Incident b) {
        Set<String> shared = canonical(a.actorCodes());
        shared.retainAll(canonical(b.actorCodes()));
        return shared;
    }

    private static boolean sameThing(Incident a, Incident b) {
        if (MergeRules.intersect(new TreeSet<>(a.issues()), new TreeSet<>(b.issues()))) {
            return true;
        }
        return MergeRules.intersect(canonical(a.recipientCodes()), canonical(b.recipientCodes()));
    }

    private static boolean sameTime(Incident a, Incident b) {
        return MergeRules.overlap(DateRange.of(a.date()), DateRange.of(b.date()));
    }

    /**
     * Some outlet reports only the acceptance and some other only the rejection. An outlet that
     * reports both is telling of a change of mind, not contradicting anyone.
     */
    private static boolean differentOutlets(Incident a, Incident b) {
        return !a.outlets().containsAll(b.outlets()) && !b.outlets().containsAll(a.outlets());
    }

    static Set<String> canonical(List<String> codes) {
        Set<String> canonical = new TreeSet<>();
        codes.forEach(code -> canonical.add(ActorCodes.canonical(code)));
        return canonical;
    }

    private static String reason(Incident yes, Incident no, String actor) {
        Set<String> issues = new TreeSet<>(yes.issues());
        issues.retainAll(no.issues());
        String what = issues.isEmpty() ? "the same recipient" : String.join(", ", issues);
        return actor + " on " + what + ": " + yes.type() + " (" + yes.date() + ", reported by "
                + String.join(", ", yes.outlets()) + ") vs REJECT (" + no.date() + ", reported by "
                + String.join(", ", no.outlets()) + ")";
    }
}
