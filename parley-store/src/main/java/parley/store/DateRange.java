package parley.store;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an ISO 8601 date covers at its precision, so that date filters can compare ranges:
 * {@code 2025-05-21} is that day, {@code 2025-05} the whole of May, {@code 2025-W21} Monday to
 * Sunday of ISO week 21 (also {@code 2025-W21-3} for its Wednesday), {@code 2025} the whole year.
 *
 * @param from first day covered
 * @param to   last day covered, not before {@code from}
 */
record DateRange(LocalDate from, LocalDate to) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-([1-7]))?");

    DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("date range needs from <= to, got " + from + ".." + to);
        }
    }

    /**
     * The range of {@code iso}, or empty when it is null or not one of the shapes above (an
     * impossible day such as {@code 2025-02-30} or week {@code 2025-W53} included).
     */
    static Optional<DateRange> of(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse(iso));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateRange parse(String iso) {
        Matcher matcher;
        if (DAY.matcher(iso).matches()) {
            LocalDate day = LocalDate.parse(iso);
            return new DateRange(day, day);
        }
        if ((matcher = MONTH.matcher(iso)).matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
            return new DateRange(month.atDay(1), month.atEndOfMonth());
        }
        if (YEAR.matcher(iso).matches()) {
            int year = Integer.parseInt(iso);
            return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((matcher = WEEK.matcher(iso)).matches()) {
            return week(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3));
        }
        return null;
    }

    private static DateRange week(int year, int week, String weekday) {
        // 4 January is always in week 1 of its ISO week-based year.
        LocalDate fourth = LocalDate.of(year, 1, 4);
        if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourth).isValidValue(week)) {
            return null;
        }
        LocalDate monday = fourth.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        if (weekday != null) {
            LocalDate day = monday.plusDays(Integer.parseInt(weekday) - 1L);
            return new DateRange(day, day);
        }
        return new DateRange(monday, monday.plusDays(6));
    }
}
