package parley.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: {@code 2025-05-22},
 * {@code 2025-05-22T10:00}, {@code 26 May 2025}, {@code May 26, 2025}, {@code Feb.24 - 2025},
 * {@code 22.05.2025}, {@code 24.11.25}, {@code 06/24/2025}, {@code 2025/05/22}. Only dates with a
 * year are found: a page header without a year cannot give a publication date.
 */
final class DateFinder {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern YEAR_SLASH = Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + "\\.?,?\\s*(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*[,\\-–]?\\s*(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    /** A date found in a string, and where: {@code [start, end)} of the searched string. */
    record Found(LocalDate date, int start, int end) {
    }

    private DateFinder() {
    }

    /** The left-most date in {@code text}, or empty. */
    static Optional<Found> first(String text) {
        Found best = null;
        best = earlier(best, scan(ISO, text, m -> date(m.group(1), m.group(2), m.group(3))));
        best = earlier(best, scan(YEAR_SLASH, text, m -> date(m.group(1), m.group(2), m.group(3))));
        best = earlier(best, scan(DAY_MONTH_YEAR, text, m -> date(m.group(3), month(m.group(2)), m.group(1))));
        best = earlier(best, scan(MONTH_DAY_YEAR, text, m -> date(m.group(3), month(m.group(1)), m.group(2))));
        best = earlier(best, scan(DOTTED, text, m -> date(fullYear(m.group(3)), m.group(2), m.group(1))));
        best = earlier(best, scan(SLASHED, text, DateFinder::slashed));
        return Optional.ofNullable(best);
    }

    private interface Reading {
        LocalDate apply(Matcher matcher);
    }

    private static Found scan(Pattern pattern, String text, Reading reading) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            LocalDate date = reading.apply(matcher);
            if (date != null) {
                return new Found(date, matcher.start(), matcher.end());
            }
        }
        return null;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.start() != b.start()) {
            return a.start() < b.start() ? a : b;
        }
        return a.end() >= b.end() ? a : b;
    }

    /**
     * Slashed day and month are ambiguous; a number above 12 settles it, otherwise the US order
     * (month first) is taken because English-language sites that write slashes are mostly American.
     */
    private static LocalDate slashed(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        String year = m.group(3);
        return first > 12 ? date(year, m.group(2), m.group(1)) : date(year, m.group(1), m.group(2));
    }

    private static String fullYear(String year) {
        return year.length() == 2 ? "20" + year : year;
    }

    private static String month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
        return Integer.toString(index);
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
