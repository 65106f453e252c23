package parley.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import parley.core.json.Json;
import parley.model.EventType;

/**
 * The result of scoring system output against gold (FORMAT.md, Scoring), with every error behind
 * it. {@link #toText(boolean)} is what {@code parley eval} prints; {@link #toJson()} is the same as
 * one snake_case JSON object for external checks.
 *
 * @param documents           gold documents scored
 * @param unscoredDocs        doc ids keyed in the system events or quotes but absent from the gold
 *                            (their output is ignored)
 * @param optionalGoldEvents  optional gold events (they earn nothing and cost nothing)
 * @param optionalPairs       system events paired with optional gold (neither TP nor FP)
 * @param droppedSystemEvents system events dropped because their aux is hypothetical or negation
 * @param events              micro counts over all documents
 * @param perType             counts per event type, in {@link EventType} order, for the types seen
 *                            (TP and FN by gold type, FP by system type)
 * @param pairs               date and issue agreement on true-positive pairs
 * @param quotes              quote recall, precision and attribution
 * @param errors              the false positives, misses, date, issue and quote errors
 */
public record EvalReport(int documents, int unscoredDocs, int optionalGoldEvents, int optionalPairs,
                         int droppedSystemEvents, Counts events, Map<EventType, Counts> perType, PairScores pairs,
                         QuoteScores quotes, EvalErrors errors) {
    public EvalReport {
        if (events == null || pairs == null || quotes == null || errors == null) {
            throw new IllegalArgumentException("events, pairs, quotes and errors are required");
        }
        // EnumMap keeps the table in codebook order.
        perType = perType == null || perType.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(perType));
    }

    /** Counts of one type, zero when the type never occurred. */
    public Counts counts(EventType type) {
        return perType.getOrDefault(type, Counts.ZERO);
    }

    /**
     * A readable report: the event table (all types, then per type, with TP FP FN P R F1), the
     * pair and quote figures and, when {@code withErrors}, every error.
     */
    public String toText(boolean withErrors) {
        return ReportText.format(this, withErrors);
    }

    /** The whole report, errors included, as one JSON object with snake_case field names. */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evaluation report as JSON", e);
        }
    }
}
