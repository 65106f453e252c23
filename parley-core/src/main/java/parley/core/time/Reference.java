package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.function.UnaryOperator;

/**
 * The dates a sentence's expressions are resolved against: the publication date for deictic words
 * ("yesterday", "last week", "on Monday"), the focus date for anaphoric ones ("that day", "in
 * September of that same year"), and the tense that says which way a bare weekday points.
 */
final class Reference {
    /**
     * How far after the publication date a yearless date may fall before it is read as last year's:
     * a report may announce a meeting weeks ahead, but "on December 28" in a January article is
     * the December just gone.
     */
    private static final int LOOKAHEAD_DAYS = 60;
    /**
     * How far after the publication date a yearless day in a past-tense sentence may fall: a report
     * told in the past still names days ahead ("Putin proposed that talks resume on May 15" in a
     * May 12 article), while "on December 28" in a January article is last year's.
     */
    private static final int PAST_SLACK_DAYS = 31;

    private final LocalDate published;
    private final Anchor focus;
    private final Tense tense;

    Reference(LocalDate published, Anchor focus, Tense tense) {
        this.published = published;
        this.focus = focus;
        this.tense = tense == null ? Tense.UNKNOWN : tense;
    }

    Reference withFocus(Anchor newFocus) {
        return new Reference(published, newFocus, tense);
    }

    Tense tense() {
        return tense;
    }

    /** Resolves a word that points from the time of writing ("yesterday", "last month"). */
    Resolution deictic(Precision precision, UnaryOperator<LocalDate> shift) {
        return published == null ? Resolution.unknown(precision)
                : new Resolution(shift.apply(published), precision, true);
    }

    /**
     * Resolves a word that points from what the text is talking about ("that day", "the following
     * month"); without a focus the publication date is what the text talks about.
     */
    Resolution anaphoric(Precision precision, UnaryOperator<LocalDate> shift) {
        Anchor context = focus != null ? focus : Anchor.day(published);
        return context == null ? Resolution.unknown(precision) : context.shifted(precision, shift, true);
    }

    /**
     * Places a yearless month ({@code day == 0}) or day-month in the year the text most likely
     * means, or returns null when neither the focus nor the publication date gives a year.
     * An optional weekday written with the date ("Sunday, March 23") picks between neighbouring years.
     */
    LocalDate place(Month month, int day, DayOfWeek weekday) {
        Integer base = focus != null ? Integer.valueOf(focus.date().getYear())
                : published != null ? Integer.valueOf(published.getYear()) : null;
        if (base == null) {
            return null;
        }
        int year = rolled(base, month, day);
        if (day == 0) {
            return LocalDate.of(year, month, 1);
        }
        if (weekday != null) {
            int step = tense == Tense.FUTURE ? 1 : -1;
            for (int candidate : new int[] {year, year + step, year - step}) {
                if (exists(candidate, month, day) && LocalDate.of(candidate, month, day).getDayOfWeek() == weekday) {
                    return LocalDate.of(candidate, month, day);
                }
            }
        }
        // Only February 29 can be missing; walk to the nearest leap year in the tense's direction.
        int step = tense == Tense.FUTURE ? 1 : -1;
        while (!exists(year, month, day)) {
            year += step;
        }
        return LocalDate.of(year, month, day);
    }

    private int rolled(int base, Month month, int day) {
        if (published == null) {
            return base;
        }
        LocalDate first = LocalDate.of(base, month, day == 0 ? 1 : Math.min(day, month.length(Year.isLeap(base))));
        LocalDate last = day == 0 ? first.with(TemporalAdjusters.lastDayOfMonth()) : first;
        if (tense == Tense.FUTURE) {
            return last.isBefore(published.minusDays(LOOKAHEAD_DAYS)) ? base + 1 : base;
        }
        long slack = tense == Tense.PAST ? (day == 0 ? 0 : PAST_SLACK_DAYS) : LOOKAHEAD_DAYS;
        return first.isAfter(published.plusDays(slack)) ? base - 1 : base;
    }

    private static boolean exists(int year, Month month, int day) {
        return day <= month.length(Year.isLeap(year));
    }

    /**
     * Resolves a weekday. {@code direction} is negative for "last Monday", positive for "next
     * Monday", zero for a bare "Monday"/"this Monday", which follows the tense: the past and the
     * present count the publication day itself ("said on Monday" in a Monday paper is that day),
     * the future looks strictly ahead.
     */
    Resolution weekday(DayOfWeek day, int direction) {
        return deictic(Precision.DAY, pub -> {
            if (direction < 0) {
                return pub.with(TemporalAdjusters.previous(day));
            }
            if (direction > 0 || tense == Tense.FUTURE) {
                return pub.with(TemporalAdjusters.next(day));
            }
            return pub.with(TemporalAdjusters.previousOrSame(day));
        });
    }

    /** Resolves a weekend as the ISO week of its Saturday: the last one, or the next one when ahead. */
    Resolution weekend(int direction) {
        return deictic(Precision.WEEK, pub -> {
            boolean ahead = direction > 0 || (direction == 0 && tense == Tense.FUTURE);
            if (ahead) {
                return pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            }
            // A Sunday paper's "last weekend" is the one that is just ending, so count the day itself.
            return pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        });
    }

    /** Resolves "last March" / "this March" / "next March" / "that March". */
    Resolution namedMonth(Month month, String relation) {
        if (relation.startsWith("that")) {
            return anaphoric(Precision.MONTH, context -> LocalDate.of(context.getYear(), month, 1));
        }
        return deictic(Precision.MONTH, pub -> {
            int year = pub.getYear();
            if (relation.startsWith("this") && !relation.contains("past")) {
                return LocalDate.of(year, month, 1);
            }
            if (relation.startsWith("next") || relation.startsWith("coming")) {
                return LocalDate.of(month.getValue() > pub.getMonthValue() ? year : year + 1, month, 1);
            }
            return LocalDate.of(month.getValue() < pub.getMonthValue() ? year : year - 1, month, 1);
        });
    }
}
