package parley.ingest.web.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.ingest.PlainTextAnalyzer;

/**
 * Reads the date values found in page markup and addresses: ISO dates and date-times (the date as
 * written, not shifted to another zone), {@code 2025/05/21}, {@code 20250521}, RFC 1123 ({@code
 * Wed, 21 May 2025 10:00:00 GMT}), and dates written out as on a page ({@code 21 May 2025}, read by
 * parley-core's {@link PlainTextAnalyzer} so both modules agree on what a date line is).
 */
public final class DateValues {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|[T ].*)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    /** Dates in an address: /2025/05/21/, /2025-05-21/, /20250521/. */
    private static final Pattern IN_URL = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|$)");
    private static final PlainTextAnalyzer ANALYZER = new PlainTextAnalyzer();

    private DateValues() {
    }

    /** The calendar date of a markup value, or null when it is absent or not a date. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return null;
        }
        String clean = value.strip();
        for (Pattern pattern : new Pattern[] {ISO, SLASHED, COMPACT}) {
            Matcher m = pattern.matcher(clean);
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        try {
            return ZonedDateTime.parse(clean, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not RFC 1123: try the forms people write
        }
        return ANALYZER.analyze(clean).published();
    }

    /** The date in a URL path such as {@code /2025/05/21/talks-resume}, or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = IN_URL.matcher(url);
        while (m.find()) {
            LocalDate date = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(4), m.group(5), m.group(6));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= 1900 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
