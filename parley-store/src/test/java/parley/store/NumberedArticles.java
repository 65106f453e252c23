package parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Issues;
import parley.model.Location;
import parley.model.Provenance;
import parley.model.Quote;
import parley.model.Span;

/**
 * Coded articles that can be rebuilt from their number alone, so that a test can tell whether an
 * article read back after a crash is complete: article {@code n} always has
 * {@link #eventCount(int)} events and {@link #quoteCount(int)} quotes with the same contents.
 */
final class NumberedArticles {
    private static final List<String> CODES = List.of("RUS", "UKR", "USA", "TUR", "FRA", "DEU", "GBR", "EU");

    private NumberedArticles() {
    }

    static String id(int n) {
        return "crash-" + n;
    }

    static int number(String id) {
        return Integer.parseInt(id.substring("crash-".length()));
    }

    static int eventCount(int n) {
        return 3 + n % 9;
    }

    static int quoteCount(int n) {
        return n % 4;
    }

    static CodedArticle article(int n) {
        String id = id(n);
        StringBuilder text = new StringBuilder("KYIV, report number ").append(n).append('\n');
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < eventCount(n); k++) {
            String sentence = "Officials of " + code(n + k) + " spoke with officials of " + code(n + k + 1)
                    + " about item " + k + " of report " + n + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            events.add(new Event(id + "#" + (k + 1), id, EventType.values()[(n + k) % EventType.values().length],
                    k % 2 == 0 ? "meet" : null, List.of(Issues.ALL.get((n + k) % Issues.ALL.size())),
                    List.of(actor(n + k), actor(n + k + 3)), List.of(actor(n + k + 1)), date(n + k),
                    k % 3 == 0 ? null : "on day " + k, k % 5 == 0 ? Aux.FUTURE : null,
                    k % 4 == 0 ? null : new Location("a city", code(n + k + 2)),
                    new Evidence(sentence, start, start + sentence.length()), k % 2 == 1 ? "item " + k : null,
                    (n % 100) / 100.0 + k / 1000.0, new Provenance("rule-" + k, "spoke", "dict-1", "codebook-1")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int k = 0; k < quoteCount(n); k++) {
            String words = "Words number " + k + " of report " + n;
            int start = text.length() + 1;
            text.append('“').append(words).append("”, said a speaker. ");
            quotes.add(new Quote(id, "Speaker " + k, code(n + k), words, date(n + k), start, start + words.length()));
        }
        Article article = new Article(id, "https://example.org/" + id, "example.org",
                LocalDate.of(2025, 1, 1).plusDays(n % 365), "Report " + n, text.toString(), "en",
                "generated/" + id, List.of(new Span(0, text.indexOf("\n"), "dateline")));
        return new CodedArticle(article, events, quotes);
    }

    private static ActorRef actor(int i) {
        return new ActorRef("officials of " + code(i), null, code(i), i % 2 == 0 ? "GOV" : null);
    }

    private static String code(int i) {
        return CODES.get(Math.floorMod(i, CODES.size()));
    }

    private static String date(int i) {
        return switch (i % 4) {
            case 0 -> String.format(java.util.Locale.ROOT, "2025-05-%02d", 1 + i % 28);
            case 1 -> String.format(java.util.Locale.ROOT, "2025-W%02d", 1 + i % 52);
            case 2 -> "2025";
            default -> null;
        };
    }
}
