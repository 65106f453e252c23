package parley.core.corroboration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import parley.core.time.DateRange;
import parley.core.time.Precision;

/**
 * Whether two reports can describe the same act (the rules are listed on {@link Corroborator}).
 * The relation is symmetric but not transitive, which is why clusters are built by complete
 * linkage: a report joins an incident only when it is compatible with every report already in it.
 */
final class MergeRules {
    /** Day-precise reports of one act may be a day apart (time zones, "overnight", late filing). */
    static final int DAY_TOLERANCE = 1;
    /** Undated reports merge only when their articles appeared within this many days. */
    static final int UNDATED_PUBLICATION_WINDOW = 3;

    private MergeRules() {
    }

    static boolean compatible(Report a, Report b) {
        if (Objects.equals(a.doc(), b.doc())) {
            // Coding already made one event per act within an article.
            return false;
        }
        if (a.event().type() != b.event().type() || a.modality() != b.modality()) {
            return false;
        }
        if (!intersect(a.actors(), b.actors())) {
            return false;
        }
        if (!a.recipients().isEmpty() && !b.recipients().isEmpty()
                && !intersect(a.recipients(), b.recipients())) {
            return false;
        }
        if (!issuesCompatible(a.issues(), b.issues())) {
            return false;
        }
        if (!a.dated() || !b.dated()) {
            // Rules 1 to 4 held; without a date only the time of reporting can tell two acts apart.
            return publishedClose(a.published(), b.published());
        }
        if (a.precision() == Precision.DAY && b.precision() == Precision.DAY) {
            return Math.abs(ChronoUnit.DAYS.between(a.range().first(), b.range().first())) <= DAY_TOLERANCE;
        }
        return overlap(a.range(), b.range());
    }

    static boolean issuesCompatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return intersect(a, b);
    }

    static <T> boolean intersect(Set<T> a, Set<T> b) {
        for (T value : a) {
            if (b.contains(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean overlap(DateRange a, DateRange b) {
        return !a.first().isAfter(b.last()) && !b.first().isAfter(a.last());
    }

    private static boolean publishedClose(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= UNDATED_PUBLICATION_WINDOW;
    }
}
