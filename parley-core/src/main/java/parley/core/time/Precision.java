package parley.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How precisely a date is known, and so how it is written (CODEBOOK.md section 6): {@code 2025-05-21},
 * {@code 2025-W21}, {@code 2025-05} or {@code 2025}.
 */
public enum Precision {
    /** A calendar day: {@code 2025-05-21}. */
    DAY(Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    /** An ISO 8601 week, Monday to Sunday, numbered in its week-based year: {@code 2025-W01}. */
    WEEK(Pattern.compile("\\d{4}-W\\d{2}")),
    /** A calendar month: {@code 2025-05}. */
    MONTH(Pattern.compile("\\d{4}-\\d{2}")),
    /** A calendar year: {@code 2025}. */
    YEAR(Pattern.compile("\\d{4}"));

    private final Pattern shape;

    Precision(Pattern shape) {
        this.shape = shape;
    }

    /**
     * Writes the period of this precision that contains {@code date}. Weeks use the ISO week-based
     * year, so 2024-12-30 is written {@code 2025-W01}.
     *
     * @throws IllegalArgumentException when {@code date} is null or its written year is outside 0000 to 9999
     */
    public String format(LocalDate date) {
        // The week-based year of the first and last days of a year can differ from the calendar year.
        int writtenYear = date == null ? -1 : this == WEEK ? date.get(IsoFields.WEEK_BASED_YEAR) : date.getYear();
        if (writtenYear < 0 || writtenYear > 9999) {
            throw new IllegalArgumentException("date must be within years 0000-9999 at " + this + ", got " + date);
        }
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", writtenYear, date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
        };
    }

    /**
     * The precision an ISO value is written at.
     *
     * @throws IllegalArgumentException when {@code isoValue} has none of the four shapes or names no real date
     */
    public static Precision of(String isoValue) {
        Precision known = isoValue == null ? null : READ.get(isoValue);
        if (known != null) {
            return known;
        }
        Precision precision = read(isoValue);
        if (READ.size() >= READ_CAPACITY) {
            READ.clear();
        }
        READ.put(isoValue, precision);
        return precision;
    }

    /** Values already read (those that name a real date), at most {@value READ_CAPACITY}: the same few recur. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Precision> READ =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int READ_CAPACITY = 8192;

    private static Precision read(String isoValue) {
        if (isoValue != null) {
            for (Precision precision : values()) {
                if (precision.shape.matcher(isoValue).matches()) {
                    DateRange.checkedStart(precision, isoValue);
                    return precision;
                }
            }
        }
        throw new IllegalArgumentException("not an ISO date, week, month or year: " + isoValue);
    }

    /** Whether {@code isoValue} has this precision's shape (it may still name no real date). */
    boolean shapes(String isoValue) {
        return isoValue != null && shape.matcher(isoValue).matches();
    }

    /** Wraps the date library's complaint in the message style of the project. */
    static IllegalArgumentException invalid(String isoValue, DateTimeException cause) {
        return new IllegalArgumentException("not a real date: " + isoValue, cause);
    }
}
