package parley.core.time;

import java.time.LocalDate;

/**
 * What one expression resolves to before it becomes a {@link DateMention}: any day inside the
 * period meant (null when it cannot be known) and the precision of that period.
 */
record Resolution(LocalDate date, Precision precision, boolean relative) {

    Resolution {
        if (precision == null) {
            throw new IllegalArgumentException("resolution needs a precision, got null for " + date);
        }
    }

    static Resolution unknown(Precision precision) {
        return new Resolution(null, precision, true);
    }

    static Resolution fixed(LocalDate date, Precision precision) {
        return new Resolution(date, precision, false);
    }

    String value() {
        return date == null ? null : precision.format(date);
    }
}
