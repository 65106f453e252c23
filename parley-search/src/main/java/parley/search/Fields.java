package parley.search;

import java.util.Set;

/** Field names of the index. Keyword fields hold codes and are matched exactly. */
final class Fields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE_ID = "article_id";
    /** Searched text: article body, evidence sentence, quote text. Stored for snippets. */
    static final String TEXT = "text";
    /** Searched too: the article title, for a quote its speaker's words. */
    static final String TITLE = "title";
    /** The article title shown with an event or quote; stored only. */
    static final String ARTICLE_TITLE = "article_title";
    static final String ACTOR = "actor";
    static final String RECIPIENT = "recipient";
    static final String TYPE = "type";
    static final String ISSUE = "issue";
    static final String SPEAKER = "speaker";
    static final String DATE = "date";
    /** First and last day the date covers, as epoch days, for range filters. */
    static final String FIRST_DAY = "first_day";
    static final String LAST_DAY = "last_day";

    /** Fields matched exactly, so that {@code actor:RUS} typed in a query works. */
    static final Set<String> KEYWORDS = Set.of(KIND, ID, ARTICLE_ID, ACTOR, RECIPIENT, TYPE, ISSUE);

    private Fields() {
    }
}
