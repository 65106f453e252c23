package parley.core.time;

import java.time.LocalDate;

/**
 * Lenient access to the days an event's date covers: null for a null or malformed value, where
 * {@link DateRange#of} would throw. For sorting and filtering stored events.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** The first day covered by the value, or null when it is null or not an ISO date value. */
    public static LocalDate firstDay(String value) {
        DateRange range = rangeOrNull(value);
        return range == null ? null : range.first();
    }

    /** The last day covered by the value, or null when it is null or not an ISO date value. */
    public static LocalDate lastDay(String value) {
        DateRange range = rangeOrNull(value);
        return range == null ? null : range.last();
    }

    private static DateRange rangeOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateRange.of(value);
        } catch (IllegalArgumentException notADate) {
            return null;
        }
    }
}
