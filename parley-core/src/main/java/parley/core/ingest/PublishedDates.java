package parley.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code published} value of an article record. */
final class PublishedDates {
    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*)");

    private PublishedDates() {
    }

    /**
     * The calendar date of an ISO date or date-time ({@code 2025-06-02}, {@code 2025-06-02T10:00Z}:
     * the date as written, not shifted to another zone), or of a date written as in page headers
     * ("2 June 2025"); null when absent or not a date.
     */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_START.matcher(value.strip());
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return PlainTextAnalyzer.dateLine(value) ? DateFinder.first(value).map(DateFinder.Found::date).orElse(null) : null;
    }
}
