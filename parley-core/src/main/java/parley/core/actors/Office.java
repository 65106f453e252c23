package parley.core.actors;

import java.time.LocalDate;

/**
 * An office a person holds, during which their acts are attributed to {@code code}.
 *
 * @param end last day in office, or null while in office
 */
public record Office(String title, String code, String sector, LocalDate start, LocalDate end) {
    public Office {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("office code must be non-blank (title '" + title + "')");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("office '" + title + "' ends " + end + " before it starts " + start);
        }
    }

    /** Whether the office is held on {@code date}; an unknown date counts as "now". */
    public boolean heldOn(LocalDate date) {
        LocalDate day = date == null ? LocalDate.now() : date;
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
