package parley.core.eval;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a system date is correct against a gold date "at the gold's precision" (FORMAT.md,
 * Scoring). Both dates are read as the interval of days they denote ({@code 2025} is a whole
 * year, {@code 2025-05} a month, {@code 2025-W21} an ISO week Monday to Sunday, {@code 2025-05-21}
 * one day), and the system date is correct when its interval lies inside the gold's.
 *
 * <p>For the calendar hierarchy this is exactly "equal after truncating the system date to the
 * gold's precision": a system {@code 2025-05-21} matches a gold {@code 2025-05} or {@code 2025},
 * a system {@code 2025-05} does not match a gold {@code 2025-05-21}. It extends that rule to
 * weeks, which do not nest in months: a system day matches a gold week when the day lies in that
 * ISO week, a system week matches a gold week only when equal, and a system week matches a gold
 * month or year only when all seven days lie inside it. A coarser system date never matches.
 */
public final class DateMatch {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private DateMatch() {
    }

    /**
     * Whether {@code system} is correct against {@code gold}: false when the gold date is null
     * (the scoring rule requires a non-null gold date), when the system date is null, or when
     * either cannot be read.
     */
    public static boolean correct(String gold, String system) {
        if (gold == null || system == null) {
            return false;
        }
        Days goldDays = interval(gold);
        Days systemDays = interval(system);
        return goldDays != null && systemDays != null && goldDays.contains(systemDays);
    }

    /** Whether {@code date} is one of the four forms the codebook allows and names a real date. */
    public static boolean isValid(String date) {
        return date != null && interval(date) != null;
    }

    /** First and last day denoted by {@code date}, or null when it is not a valid form. */
    private static Days interval(String date) {
        String text = date.trim();
        try {
            Matcher m;
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
                return new Days(day, day);
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(number(m, 1), number(m, 2));
                return new Days(month.atDay(1), month.atEndOfMonth());
            }
            if ((m = WEEK.matcher(text)).matches()) {
                // 4 January always lies in ISO week 1 of its week-based year.
                LocalDate anchor = LocalDate.of(number(m, 1), 1, 4);
                int week = number(m, 2);
                if (!anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).isValidValue(week)) {
                    return null;
                }
                LocalDate monday = anchor.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return new Days(monday, monday.plusDays(6));
            }
            if ((m = YEAR.matcher(text)).matches()) {
                int year = number(m, 1);
                return new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            return null; // 2025-02-30, 2025-13: the form is right but no such date exists
        }
        return null;
    }

    /** The closed interval of days a date denotes. */
    private record Days(LocalDate first, LocalDate last) {
        boolean contains(Days other) {
            return !other.first.isBefore(first) && !other.last.isAfter(last);
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
