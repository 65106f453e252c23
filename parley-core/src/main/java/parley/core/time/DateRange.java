package parley.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The days an ISO date value covers, first and last included: {@code 2025-05} is 2025-05-01 to
 * 2025-05-31, {@code 2025-W01} is 2024-12-30 to 2025-01-05. Useful for queries ("events in May")
 * and for comparing a value with one of another precision.
 *
 * @param first the first day covered
 * @param last  the last day covered, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("date range needs first <= last, got " + first + " to " + last);
        }
    }

    /**
     * The range an ISO value covers.
     *
     * @param isoValue {@code 2025-05-21}, {@code 2025-W21}, {@code 2025-05} or {@code 2025}
     * @throws IllegalArgumentException when the value has another shape or names no real date
     */
    public static DateRange of(String isoValue) {
        DateRange known = isoValue == null ? null : READ.get(isoValue);
        if (known != null) {
            return known;
        }
        DateRange range = read(isoValue);
        if (READ.size() >= READ_CAPACITY) {
            READ.clear();
        }
        READ.put(isoValue, range);
        return range;
    }

    /**
     * Values already read: corroborating a large batch reads the same few hundred dates millions
     * of times (only values that name a real date are kept, at most {@value READ_CAPACITY}).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, DateRange> READ =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int READ_CAPACITY = 8192;

    private static DateRange read(String isoValue) {
        Precision precision = Precision.of(isoValue);
        LocalDate first = checkedStart(precision, isoValue);
        LocalDate last = switch (precision) {
            case DAY -> first;
            case WEEK -> first.plusDays(6);
            case MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> first.with(TemporalAdjusters.lastDayOfYear());
        };
        return new DateRange(first, last);
    }

    /** Whether {@code day} lies in this range. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }

    /** Whether every day of {@code other} lies in this range. */
    public boolean encloses(DateRange other) {
        return other != null && !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    /** The first day of a value already known to have {@code precision}'s shape. */
    static LocalDate checkedStart(Precision precision, String isoValue) {
        try {
            return switch (precision) {
                case DAY -> LocalDate.parse(isoValue);
                case WEEK -> weekStart(Integer.parseInt(isoValue.substring(0, 4)),
                        Integer.parseInt(isoValue.substring(6)), isoValue);
                case MONTH -> LocalDate.of(Integer.parseInt(isoValue.substring(0, 4)),
                        Integer.parseInt(isoValue.substring(5)), 1);
                case YEAR -> LocalDate.of(Integer.parseInt(isoValue), 1, 1);
            };
        } catch (DateTimeException e) {
            throw Precision.invalid(isoValue, e);
        }
    }

    private static LocalDate weekStart(int weekYear, int week, String isoValue) {
        // January 4 is always in week 1 of its week-based year; ask it how many weeks the year has.
        LocalDate fourth = LocalDate.of(weekYear, 1, 4);
        long weeks = fourth.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException("week-based year " + weekYear + " has no week " + week
                    + ": " + isoValue);
        }
        return fourth.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }
}
