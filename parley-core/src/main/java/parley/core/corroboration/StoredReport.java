package parley.core.corroboration;

import parley.model.Article;
import parley.model.Event;

/**
 * A stored event as corroboration sees it: the event, what is known of the article it names, and
 * the component it belongs to.
 *
 * @param event     the event, with its id
 * @param article   the article the event's {@code doc} names, text left out (id, source, URL and
 *                  publication date are what count), or null when no such article is stored
 * @param component the connected component of mutually compatible reports the event is in; a
 *                  new event starts in a component of its own
 */
public record StoredReport(Event event, Article article, long component) {
    public StoredReport {
        if (event == null || event.id() == null || event.id().isBlank()) {
            throw new IllegalArgumentException("a stored report needs an event with an id");
        }
    }
}
