package parley.core.corroboration;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import parley.core.time.DateRange;
import parley.core.time.Precision;
import parley.model.Aux;
import parley.model.Event;

/**
 * One event as a report of an act, with what merging compares precomputed: canonical actor and
 * recipient codes, the issues, the days the date covers and the article's publication date.
 *
 * @param canonicalArticle the article this one is a syndicated copy of (itself when none)
 * @param published        publication date of the event's article, or null
 * @param precision        precision of the event date, null when undated (or unreadable)
 * @param range            the days the event date covers, null when undated
 */
record Report(Event event, String canonicalArticle, String outlet, LocalDate published, Set<String> actors,
              Set<String> recipients, Set<String> issues, Precision precision, DateRange range,
              Modality modality) {

    /**
     * The order reports are clustered in: precise dates first (so that they found the incidents and
     * a vague "in March" joins one of them instead of linking two), then by day, publication date,
     * article and id. It is a total order on the events' content, so the outcome does not depend
     * on the order the events were given in.
     */
    static final Comparator<Report> CLUSTERING_ORDER = Comparator
            .comparing(Report::precision, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::first, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(report -> report.event().doc(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(report -> report.event().id());

    /** Earliest reported first: publication date (unknown last), then event id. */
    static final Comparator<Report> EARLIEST = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(report -> report.event().id());

    static Report of(Event event, Outlets outlets) {
        String doc = event.doc() == null ? "" : event.doc();
        DateRange range = rangeOrNull(event.date());
        return new Report(event, outlets.canonical(doc), outlets.outlet(doc), outlets.published(doc),
                ActorCodes.canonical(event.actor()), ActorCodes.canonical(event.recipient()),
                new TreeSet<>(event.issues()), range == null ? null : Precision.of(event.date()), range,
                Modality.of(event.aux()));
    }

    /** A malformed date counts as no date: it cannot be compared, and must not stop the others. */
    private static DateRange rangeOrNull(String date) {
        if (date == null) {
            return null;
        }
        try {
            return DateRange.of(date);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    LocalDate first() {
        return range == null ? null : range.first();
    }


    String doc() {
        return event.doc();
    }

    boolean dated() {
        return range != null;
    }

    /**
     * Which reports can describe the same act as far as their qualifiers go: a plain report and a
     * later "historical" mention of it are the same act; a planned, hypothetical or denied act is
     * not the act itself.
     */
    enum Modality {
        ASSERTED, FUTURE, HYPOTHETICAL, NEGATION;

        static Modality of(Aux aux) {
            if (aux == null || aux == Aux.HISTORICAL) {
                return ASSERTED;
            }
            return switch (aux) {
                case FUTURE -> FUTURE;
                case HYPOTHETICAL -> HYPOTHETICAL;
                default -> NEGATION;
            };
        }
    }
}
