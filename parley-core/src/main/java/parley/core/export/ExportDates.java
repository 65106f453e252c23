package parley.core.export;

import java.time.LocalDate;
import java.util.Locale;
import parley.core.time.DateRange;
import parley.core.time.Precision;

/**
 * How an ISO date value of an event, quote or incident is exported: as a DATE where it names a day,
 * always as its ISO text with its precision, and as the month that partitions the files.
 */
final class ExportDates {
    /** The partition value of rows whose month is not known: undated, dated to a year only, or malformed. */
    static final String UNKNOWN_MONTH = "unknown";

    private ExportDates() {
    }

    /** The day, when {@code iso} is a day ({@code 2025-05-21}); null for coarser, null or malformed values. */
    static LocalDate day(String iso) {
        Precision precision = precision(iso);
        return precision == Precision.DAY ? LocalDate.parse(iso) : null;
    }

    /** {@code day}, {@code week}, {@code month} or {@code year}; null for a null or malformed value. */
    static String precisionName(String iso) {
        Precision precision = precision(iso);
        return precision == null ? null : precision.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code YYYY-MM} of the first day the value covers when it is a day, week or month (a week
     * that straddles two months counts in the month of its Monday); {@link #UNKNOWN_MONTH} otherwise.
     */
    static String month(String iso) {
        Precision precision = precision(iso);
        if (precision == null || precision == Precision.YEAR) {
            return UNKNOWN_MONTH;
        }
        return Precision.MONTH.format(DateRange.of(iso).first());
    }

    private static Precision precision(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Precision.of(iso);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
