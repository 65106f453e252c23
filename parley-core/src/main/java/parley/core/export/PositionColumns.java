package parley.core.export;

import static parley.core.export.Column.optional;
import static parley.core.export.Column.required;
import static parley.core.export.ColumnType.DATE;
import static parley.core.export.ColumnType.STRING;

import java.util.List;
import parley.core.positions.Position;

/**
 * The positions table: one row per stance an event shows, an actor code's stance on one issue
 * ({@link parley.core.positions.PositionTracker}), with the event behind it. Columns: {@code actor},
 * {@code actor_name}, {@code issue}, {@code stance} ({@code for}, {@code against},
 * {@code conditional}), {@code date} (DATE when a day), {@code date_iso}, {@code date_precision},
 * {@code event_id}, {@code doc}, {@code evidence}, {@code month}.
 */
public final class PositionColumns {
    /** The table. */
    public static final Table TABLE = new Table("positions", List.of(
            required("actor", STRING, "the actor code"),
            optional("actor_name", STRING, "the name the dictionary gives the code most often"),
            required("issue", STRING, "the issue"),
            required("stance", STRING, "for, against or conditional"),
            optional("date", DATE, "the day of the event that shows it, when dated to a day"),
            optional("date_iso", STRING, "the event's date at its precision"),
            optional("date_precision", STRING, "day, week, month or year"),
            required("event_id", STRING, "the event that shows the stance"),
            optional("doc", STRING, "the article of that event"),
            optional("evidence", STRING, "the event's evidence sentence"),
            required("month", STRING, "YYYY-MM of the date, or 'unknown'")),
            List.of("month"));

    private PositionColumns() {
    }

    /** The row of {@code position}; {@code actorName} may be null. */
    public static List<Object> row(Position position, String actorName) {
        return Rows.of(position.actor(), actorName, position.issue(), position.stance().id(),
                ExportDates.day(position.date()), position.date(), ExportDates.precisionName(position.date()),
                position.eventId(), position.doc(), position.evidence(), ExportDates.month(position.date()));
    }
}
