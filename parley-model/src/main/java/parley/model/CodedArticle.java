package parley.model;

import java.util.List;

/** An article with everything coded from it: the unit that is stored in one transaction. */
public record CodedArticle(Article article, List<Event> events, List<Quote> quotes) {
    public CodedArticle {
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }
}
