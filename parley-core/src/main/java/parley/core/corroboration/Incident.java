package parley.core.corroboration;

import java.util.List;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Issues;

/**
 * One act as reported by one or more articles: the events of different articles that describe
 * it, merged.
 *
 * @param id             stable id, {@code "incident:" + } the id of the earliest reported event
 *                       (earliest publication date, then smallest event id)
 * @param type           the type all supporting events share
 * @param aux            null for a plain (or historical) report; otherwise the qualifier all
 *                       supporting events share ({@code future}, {@code hypothetical}, {@code negation})
 * @param actorCodes     the union of the supporting events' actor codes, sorted
 * @param recipientCodes the union of their recipient codes, sorted
 * @param issues         the union of their issues, in codebook order
 * @param date           the most precise date among the supporting events (at that precision the
 *                       value most of them give, ties: the earliest), or null when none is dated
 * @param eventIds       the supporting events, sorted
 * @param articleIds     the articles of the supporting events, sorted
 * @param outlets        the distinct outlets reporting it, sorted; syndicated copies count as
 *                       the outlet of the article they copy
 * @param firstReport    the earliest publication among the supporting articles, or null when
 *                       none has a publication date
 * @param bestEvidence   the supporting event with the highest confidence (ties: earliest reported)
 */
public record Incident(String id, EventType type, Aux aux, List<String> actorCodes, List<String> recipientCodes,
                       List<String> issues, String date, List<String> eventIds, List<String> articleIds,
                       List<String> outlets, FirstReport firstReport, Event bestEvidence) {
    /** What an incident id starts with; the rest is the id of the event it is named after. */
    public static final String ID_PREFIX = "incident:";

    public Incident {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("incident id must be non-blank, got '" + id + "'");
        }
        if (type == null || bestEvidence == null) {
            throw new IllegalArgumentException("incident " + id + " needs a type and best evidence");
        }
        if (eventIds == null || eventIds.isEmpty()) {
            throw new IllegalArgumentException("incident " + id + " needs at least one supporting event");
        }
        actorCodes = List.copyOf(actorCodes);
        recipientCodes = recipientCodes == null ? List.of() : List.copyOf(recipientCodes);
        issues = Issues.normalise(issues);
        eventIds = List.copyOf(eventIds);
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    /** How many distinct outlets report the incident. */
    public int outletCount() {
        return outlets.size();
    }

    /** Whether more than one outlet reports it. */
    public boolean corroborated() {
        return outlets.size() > 1;
    }
}
