package parley.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.store.ArticleSummary;
import parley.core.time.Precision;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.Provenance;

/**
 * An event as a PLOVER record: the PLOVER fields first ({@code id}, {@code date}, {@code event},
 * {@code mode}, {@code context}, {@code src_actor}, {@code src_agent}, {@code tgt_actor},
 * {@code tgt_agent}), then Parley's own (every actor and recipient, the date's precision, the
 * source and its evidence, provenance). The README's field table says what each holds.
 *
 * <p>PLOVER has one source and one target actor: they are the event's first actor and first
 * recipient, with the sector as the agent; all of them are in {@code actors} and {@code recipients}.
 * Parley's issues are its extension of PLOVER's context (CODEBOOK.md section 4), so they are the
 * {@code context}. PLOVER's {@code date} is a day: it is null when the event is dated less
 * precisely, and {@code date_iso} holds that date at its precision.
 */
final class PloverJson {
    private PloverJson() {
    }

    /** The record of {@code event}; {@code article} may be null when the article is not known. */
    static Map<String, Object> record(Event event, ArticleSummary article) {
        Map<String, Object> record = new LinkedHashMap<>();
        ActorRef source = event.actor().getFirst();
        ActorRef target = event.recipient().isEmpty() ? null : event.recipient().getFirst();
        record.put("id", event.id());
        record.put("date", day(event.date()));
        record.put("event", event.type().name());
        record.put("mode", event.mode());
        record.put("context", event.issues());
        record.put("src_actor", source.code());
        record.put("src_agent", source.sector());
        record.put("tgt_actor", target == null ? null : target.code());
        record.put("tgt_agent", target == null ? null : target.sector());
        record.put("actors", actors(event.actor()));
        record.put("recipients", actors(event.recipient()));
        record.put("date_iso", event.date());
        record.put("date_precision", precision(event.date()));
        record.put("date_text", event.dateText());
        record.put("aux", event.aux() == null ? null : event.aux().id());
        record.put("location", event.location() == null ? null
                : mapOf("text", event.location().text(), "code", event.location().code()));
        record.put("doc", event.doc());
        record.put("source", article == null ? null : article.source());
        record.put("url", article == null ? null : article.url());
        record.put("published", article == null ? null : article.published());
        record.put("evidence", mapOf("sentence", event.evidence().sentence(), "start", event.evidence().start(),
                "end", event.evidence().end()));
        record.put("quote", event.quote());
        record.put("confidence", event.confidence());
        Provenance provenance = event.provenance();
        record.put("provenance", provenance == null ? null : mapOf("rule", provenance.rule(), "trigger",
                provenance.trigger(), "rules", provenance.rules(), "dictionary_version", provenance.dictionaryVersion(),
                "codebook_version", provenance.codebookVersion(), "model_version", provenance.modelVersion()));
        return record;
    }

    private static List<Map<String, Object>> actors(List<ActorRef> refs) {
        List<Map<String, Object>> actors = new ArrayList<>();
        for (ActorRef ref : refs) {
            actors.add(mapOf("text", ref.text(), "name", ref.name(), "code", ref.code(), "sector", ref.sector()));
        }
        return actors;
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static LocalDate day(String iso) {
        return Precision.DAY.name().toLowerCase(java.util.Locale.ROOT).equals(precision(iso)) ? LocalDate.parse(iso) : null;
    }

    private static String precision(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Precision.of(iso).name().toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
