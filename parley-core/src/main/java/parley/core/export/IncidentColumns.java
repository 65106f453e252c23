package parley.core.export;

import static parley.core.export.Column.optional;
import static parley.core.export.Column.required;
import static parley.core.export.ColumnType.BOOLEAN;
import static parley.core.export.ColumnType.DATE;
import static parley.core.export.ColumnType.INT;
import static parley.core.export.ColumnType.STRING;
import static parley.core.export.ColumnType.listOf;

import java.util.List;
import parley.core.corroboration.Incident;

/**
 * The incidents table: one row per act as reported by one or more articles (see {@link
 * parley.core.corroboration.Corroborator} for when reports are merged). Columns: {@code id},
 * {@code type}, {@code aux}, {@code actor_codes}, {@code recipient_codes}, {@code issues} (lists),
 * {@code date} (DATE when a day), {@code date_iso}, {@code date_precision}, {@code event_ids},
 * {@code article_ids}, {@code outlets} (lists), {@code outlet_count}, {@code corroborated},
 * {@code first_report_doc}, {@code first_report_published}, {@code best_event_id},
 * {@code best_evidence}, {@code month}.
 */
public final class IncidentColumns {
    /** The table. */
    public static final Table TABLE = new Table("incidents", List.of(
            required("id", STRING, "'incident:' + the id of the earliest reported event"),
            required("type", STRING, "the PLOVER type every report shares"),
            optional("aux", STRING, "null for a plain report; else future, hypothetical or negation"),
            required("actor_codes", listOf(STRING), "the reports' actor codes, sorted"),
            required("recipient_codes", listOf(STRING), "the reports' recipient codes, sorted"),
            required("issues", listOf(STRING), "the reports' issues, in codebook order"),
            optional("date", DATE, "the incident's day, when it is dated to a day"),
            optional("date_iso", STRING, "the most precise date the reports give, at its precision"),
            optional("date_precision", STRING, "day, week, month or year"),
            required("event_ids", listOf(STRING), "the events that report it, sorted"),
            required("article_ids", listOf(STRING), "their articles, sorted"),
            required("outlets", listOf(STRING), "the distinct outlets reporting it, sorted"),
            required("outlet_count", INT, "how many outlets report it"),
            required("corroborated", BOOLEAN, "whether more than one outlet reports it"),
            optional("first_report_doc", STRING, "the article that reported it first"),
            optional("first_report_published", DATE, "when that article was published"),
            required("best_event_id", STRING, "the report with the highest confidence"),
            required("best_evidence", STRING, "that report's evidence sentence"),
            required("month", STRING, "YYYY-MM of the incident date, or 'unknown'")),
            List.of("month"));

    private IncidentColumns() {
    }

    /** The row of {@code incident}. */
    public static List<Object> row(Incident incident) {
        return Rows.of(incident.id(), incident.type().name(), incident.aux() == null ? null : incident.aux().id(),
                incident.actorCodes(), incident.recipientCodes(), incident.issues(), ExportDates.day(incident.date()),
                incident.date(), ExportDates.precisionName(incident.date()), incident.eventIds(), incident.articleIds(),
                incident.outlets(), incident.outletCount(), incident.corroborated(),
                incident.firstReport() == null ? null : incident.firstReport().articleId(),
                incident.firstReport() == null ? null : incident.firstReport().published(),
                incident.bestEvidence().id(), incident.bestEvidence().evidence().sentence(),
                ExportDates.month(incident.date()));
    }
}
