package parley.core.time;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * A date the text is anchored to (the publication date, or the date the text is already talking
 * about) together with how precisely it is known, so that "that day" after "In April 2023" stays
 * at month precision instead of inventing a day.
 */
record Anchor(LocalDate date, Precision precision) {

    Anchor {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("anchor needs a date and a precision, got " + date + " at " + precision);
        }
    }

    static Anchor day(LocalDate date) {
        return date == null ? null : new Anchor(date, Precision.DAY);
    }

    /**
     * Resolves an expression of {@code wanted} precision that moves away from this anchor by
     * {@code shift} ("the day before" = minus one day). When the anchor is coarser than the
     * expression the shift cannot be trusted, so the anchor itself is the answer at its own precision.
     */
    Resolution shifted(Precision wanted, UnaryOperator<LocalDate> shift, boolean relative) {
        if (precision.compareTo(wanted) > 0) {
            return new Resolution(date, precision, relative);
        }
        return new Resolution(shift.apply(date), wanted, relative);
    }
}
