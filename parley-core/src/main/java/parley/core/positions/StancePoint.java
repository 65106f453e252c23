package parley.core.positions;

import java.time.LocalDate;

/**
 * One dated observation of an actor's stance on an issue, from an event or an incident.
 *
 * @param day      the first day of {@code date}'s range: what the series is ordered by; null
 *                 when the date is missing or not an ISO value
 * @param date     the date as coded, at its precision ({@code 2025-05-21}, {@code 2025-05}, ...)
 * @param stance   the stance shown
 * @param kind     {@code "event"} or {@code "incident"}: what {@code id} names
 * @param id       the event or incident that shows it
 * @param doc      the article of the event (for an incident, of its best evidence)
 * @param evidence the evidence sentence
 */
public record StancePoint(LocalDate day, String date, Stance stance, String kind, String id, String doc,
                          String evidence) {
    public StancePoint {
        if (stance == null || id == null || kind == null) {
            throw new IllegalArgumentException("a stance point needs a stance, a kind and an id, got " + stance
                    + ", " + kind + ", " + id);
        }
    }

    /** "2025-05-21, event X": where a reader finds it. */
    public String citation() {
        return (day == null ? "undated" : date) + ", " + kind + " " + id;
    }
}
