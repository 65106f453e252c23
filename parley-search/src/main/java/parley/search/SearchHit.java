package parley.search;

import java.util.List;

/**
 * One result of a search.
 *
 * @param kind      article, event or quote
 * @param id        the article id, event id, or quote id ({@code <article id>#q<n>}, n from 1 in
 *                  article order)
 * @param articleId the article it belongs to
 * @param score     Lucene's relevance score; hits come best first
 * @param snippet   the best passages with the matched words in {@code <b>...</b>}; the text is
 *                  HTML-escaped, so the snippet can be shown in a page as it is
 * @param title     the article's title, or null
 * @param date      the event or quote date at its precision, or the article's publication date;
 *                  null when unknown
 * @param type      the event type, or null for articles and quotes
 * @param actors    the event's actor codes, the quote's speaker code, or the article's actors
 * @param speaker   the quote's speaker as named in the text, or null
 */
public record SearchHit(SearchKind kind, String id, String articleId, float score, String snippet, String title,
                        String date, String type, List<String> actors, String speaker) {
    public SearchHit {
        actors = actors == null ? List.of() : List.copyOf(actors);
    }
}
