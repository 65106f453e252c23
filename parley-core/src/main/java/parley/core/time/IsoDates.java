package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 values events are dated with, at their precision: {@code 2025-05-21},
 * {@code 2025-W21}, {@code 2025-05}, {@code 2025}. Gives the days a value covers.
 */
public final class IsoDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private IsoDates() {
    }

    /** The first day covered by the value, or null when it is null or not an ISO date. */
    public static LocalDate firstDay(String value) {
        LocalDate[] range = range(value);
        return range == null ? null : range[0];
    }

    /** The last day covered by the value, or null when it is null or not an ISO date. */
    public static LocalDate lastDay(String value) {
        LocalDate[] range = range(value);
        return range == null ? null : range[1];
    }

    private static LocalDate[] range(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.parse(value);
                return new LocalDate[] {day, day};
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int year = Integer.parseInt(value);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (DateTimeParseException | java.time.DateTimeException invalid) {
            return null;
        }
        return null;
    }
}
