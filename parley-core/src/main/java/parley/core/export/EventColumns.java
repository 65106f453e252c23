package parley.core.export;

import static parley.core.export.Column.optional;
import static parley.core.export.Column.required;
import static parley.core.export.ColumnType.BOOLEAN;
import static parley.core.export.ColumnType.DATE;
import static parley.core.export.ColumnType.DOUBLE;
import static parley.core.export.ColumnType.INT;
import static parley.core.export.ColumnType.STRING;
import static parley.core.export.ColumnType.listOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;

/**
 * The events table: one row per event, with the facts of its article that readers need beside it
 * (URL, outlet, publication date), and the month it is partitioned by.
 *
 * <pre>{@code
 * List<Object> row = EventColumns.row(event, article);      // EventColumns.TABLE.check(row) holds
 * Event same = EventColumns.event(row);                      // equal to event
 * }</pre>
 *
 * <p>Columns, in order: {@code id}, {@code doc}, {@code type}, {@code mode}, {@code issues}
 * (list), {@code actors} and {@code recipients} (lists of {@code {text, name, code, sector}}),
 * {@code actors_text} and {@code recipients_text} (the same joined for a spreadsheet:
 * {@code "Government of Russia (RUS); Ukraine (UKR)"}), {@code date} (DATE, only when the event
 * is dated to a day), {@code date_iso} (the ISO value at its precision: {@code 2025-05-21},
 * {@code 2025-W21}, {@code 2025-05}, {@code 2025}), {@code date_precision} ({@code day},
 * {@code week}, {@code month}, {@code year}), {@code date_text} (the article's words),
 * {@code aux}, {@code asserted}, {@code location_text}, {@code location_code},
 * {@code evidence_sentence}, {@code evidence_start}, {@code evidence_end}, {@code quote},
 * {@code confidence}, {@code provenance_rule}, {@code provenance_trigger},
 * {@code provenance_rules} (list: the trigger rule, then every stage rule that fired),
 * {@code provenance_dictionary_version}, {@code provenance_codebook_version},
 * {@code provenance_model_version}, {@code article_url}, {@code article_source},
 * {@code article_published} (DATE), {@code month} ({@code YYYY-MM}, or {@code unknown} when the
 * event is undated or dated to a year only).
 */
public final class EventColumns {
    /** An actor or recipient: the article's words, the canonical name, the code, the sector. */
    public static final ColumnType.StructOf ACTOR = new ColumnType.StructOf(List.of(
            optional("text", STRING, "the words of the article"),
            optional("name", STRING, "canonical name, when known"),
            required("code", STRING, "the entity the act is attributed to (ISO alpha-3, IGO or group code)"),
            optional("sector", STRING, "GOV, MIL, LEG, JUD, REB, IGO, NGO, MED, BUS, CVL")));

    /** The table. */
    public static final Table TABLE = new Table("events", List.of(
            required("id", STRING, "event id, unique in the output"),
            optional("doc", STRING, "id of the article the event was coded from"),
            required("type", STRING, "PLOVER event type (AGREE ... ASSAULT)"),
            optional("mode", STRING, "PLOVER mode"),
            required("issues", listOf(STRING), "peace-process issues, in codebook order"),
            required("actors", listOf(ACTOR), "who acts (at least one)"),
            required("actors_text", STRING, "the actors joined: 'name (CODE); ...'"),
            required("recipients", listOf(ACTOR), "whom the act is aimed at"),
            optional("recipients_text", STRING, "the recipients joined: 'name (CODE); ...', null when none"),
            optional("date", DATE, "the day of the event, when it is dated to a day"),
            optional("date_iso", STRING, "the date at its precision: 2025-05-21, 2025-W21, 2025-05 or 2025"),
            optional("date_precision", STRING, "day, week, month or year"),
            optional("date_text", STRING, "the words of the article that date the event"),
            optional("aux", STRING, "historical, future, hypothetical or negation"),
            required("asserted", BOOLEAN, "false for hypothetical and negated events (scoring drops them)"),
            optional("location_text", STRING, "where, in the article's words"),
            optional("location_code", STRING, "where, as a country code"),
            required("evidence_sentence", STRING, "the sentence the event was read from"),
            required("evidence_start", INT, "character offset of the sentence in the article text"),
            required("evidence_end", INT, "character offset just past the sentence"),
            optional("quote", STRING, "the direct quote that carries the act, if any"),
            required("confidence", DOUBLE, "the coder's confidence, 0 to 1"),
            optional("provenance_rule", STRING, "the trigger pattern that fired"),
            optional("provenance_trigger", STRING, "the trigger word as written"),
            required("provenance_rules", listOf(STRING), "the trigger rule, then every stage rule that fired, in order"),
            optional("provenance_dictionary_version", STRING, "version of the actor dictionary"),
            optional("provenance_codebook_version", STRING, "hash of the coding files"),
            optional("provenance_model_version", STRING, "version of the learned filter that judged the event"),
            optional("article_url", STRING, "URL of the article"),
            optional("article_source", STRING, "outlet of the article"),
            optional("article_published", DATE, "publication date of the article"),
            required("month", STRING, "YYYY-MM of the event date (a week: of its Monday), or 'unknown'")),
            List.of("month"));

    private EventColumns() {
    }

    /**
     * The row of {@code event}.
     *
     * @param article the article the event was coded from, or null when it is not known (the
     *                article columns are then null)
     */
    public static List<Object> row(Event event, Article article) {
        Location location = event.location();
        Evidence evidence = event.evidence();
        Provenance provenance = event.provenance();
        return Rows.of(event.id(), event.doc(), event.type().name(), event.mode(), event.issues(),
                actors(event.actor()), joined(event.actor()), actors(event.recipient()),
                event.recipient().isEmpty() ? null : joined(event.recipient()),
                ExportDates.day(event.date()), event.date(), ExportDates.precisionName(event.date()), event.dateText(),
                event.aux() == null ? null : event.aux().id(), event.asserted(),
                location == null ? null : location.text(), location == null ? null : location.code(),
                evidence.sentence(), evidence.start(), evidence.end(), event.quote(), event.confidence(),
                provenance == null ? null : provenance.rule(), provenance == null ? null : provenance.trigger(),
                provenance == null ? List.of() : provenance.rules(),
                provenance == null ? null : provenance.dictionaryVersion(),
                provenance == null ? null : provenance.codebookVersion(),
                provenance == null ? null : provenance.modelVersion(),
                article == null ? null : article.url(), article == null ? null : article.source(),
                article == null ? null : article.published(), ExportDates.month(event.date()));
    }

    /**
     * The event a row holds: the inverse of {@link #row}. A row without location text and code
     * gives a null location; one without any provenance value gives a null provenance.
     */
    public static Event event(List<Object> row) {
        TABLE.check(row);
        String locationText = string(row, "location_text");
        String locationCode = string(row, "location_code");
        List<String> rules = Rows.list(get(row, "provenance_rules"));
        String rule = string(row, "provenance_rule");
        String trigger = string(row, "provenance_trigger");
        String dictionary = string(row, "provenance_dictionary_version");
        String codebook = string(row, "provenance_codebook_version");
        String model = string(row, "provenance_model_version");
        Provenance provenance = rule == null && trigger == null && rules.isEmpty() && dictionary == null
                && codebook == null && model == null ? null
                : new Provenance(rule, trigger, rules, dictionary, codebook, model);
        return new Event(string(row, "id"), string(row, "doc"), EventType.valueOf(string(row, "type")),
                string(row, "mode"), Rows.list(get(row, "issues")), actorRefs(get(row, "actors")),
                actorRefs(get(row, "recipients")), string(row, "date_iso"), string(row, "date_text"),
                Aux.fromId(string(row, "aux")),
                locationText == null && locationCode == null ? null : new Location(locationText, locationCode),
                new Evidence(string(row, "evidence_sentence"), (Integer) get(row, "evidence_start"),
                        (Integer) get(row, "evidence_end")),
                string(row, "quote"), (Double) get(row, "confidence"), provenance);
    }

    /**
     * The article as far as a row tells: its id ({@code doc}), URL, outlet and publication date,
     * with an empty text. Enough to count outlets and compare publication dates; null when the
     * row has no {@code doc}.
     */
    public static Article article(List<Object> row) {
        String doc = string(row, "doc");
        return doc == null ? null
                : new Article(doc, string(row, "article_url"), string(row, "article_source"),
                (LocalDate) get(row, "article_published"), null, "", null, null, List.of());
    }

    private static Object get(List<Object> row, String column) {
        return row.get(TABLE.index(column));
    }

    private static String string(List<Object> row, String column) {
        return (String) get(row, column);
    }

    private static List<Object> actors(List<ActorRef> actors) {
        List<Object> values = new ArrayList<>(actors.size());
        for (ActorRef actor : actors) {
            values.add(Rows.of(actor.text(), actor.name(), actor.code(), actor.sector()));
        }
        return values;
    }

    private static List<ActorRef> actorRefs(Object value) {
        List<ActorRef> actors = new ArrayList<>();
        for (Object element : Rows.list(value)) {
            List<Object> fields = Rows.list(element);
            actors.add(new ActorRef((String) fields.get(0), (String) fields.get(1), (String) fields.get(2),
                    (String) fields.get(3)));
        }
        return actors;
    }

    private static String joined(List<ActorRef> actors) {
        return actors.stream()
                .map(actor -> (actor.name() != null ? actor.name() : actor.text() != null ? actor.text() : actor.code())
                        + " (" + actor.code() + ")")
                .collect(Collectors.joining("; "));
    }
}
