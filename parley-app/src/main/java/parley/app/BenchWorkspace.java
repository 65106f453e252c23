package parley.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Issues;
import parley.model.Provenance;
import parley.model.Quote;
import parley.model.Span;

/**
 * The generated workspace of {@code bench-api}: made-up one-sentence reports of acts between a
 * dozen actors over 2024-2025, in order of publication, {@value #EVENTS_PER_ARTICLE} to an article, every fifth article
 * with a quote, eight outlets, so that corroboration merges reports of one act by several outlets.
 * Deterministic: article {@code n} is the same whenever it is made. The words are the generator's
 * own.
 */
final class BenchWorkspace {
    /** Events in each generated article. */
    static final int EVENTS_PER_ARTICLE = 8;
    /** Ids of generated articles start with this. */
    static final String PREFIX = "bench-";
    static final String[] ACTORS = {"RUS", "UKR", "USA", "EU", "TUR", "ISR", "HAMAS", "QAT", "EGY", "IRN", "CHN", "GBR"};
    private static final String[] NAMES = {"Russia", "Ukraine", "the United States", "the European Union", "Turkey",
            "Israel", "Hamas", "Qatar", "Egypt", "Iran", "China", "Britain"};
    private static final EventType[] TYPES = {EventType.AGREE, EventType.REJECT, EventType.CONSULT, EventType.REQUEST,
            EventType.SUPPORT, EventType.ACCUSE, EventType.THREATEN};
    private static final String[] VERBS = {"agreed to", "rejected", "discussed", "called for", "backed", "criticised",
            "threatened over"};
    private static final String[] OUTLETS = {"wire-a.example", "wire-b.example", "daily-c.example", "news-d.example",
            "post-e.example", "times-f.example", "herald-g.example", "courier-h.example"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 700;

    private BenchWorkspace() {
    }

    /** How many articles make {@code events} events (the last one may be short). */
    static int articlesFor(long events) {
        return (int) ((events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE);
    }

    /** Generated article {@code n} of a workspace of {@code events} events. */
    static CodedArticle article(int n, long events) {
        Random random = new Random(0x5EEDL * 31 + n);
        // In order of publication, as news arrives: article n is published n / articles of the way through.
        LocalDate published = START.plusDays((long) n * DAYS / articlesFor(events));
        String id = PREFIX + n;
        String title = "Generated report " + n;
        StringBuilder text = new StringBuilder(title).append("\n\n");
        int count = (int) Math.min(EVENTS_PER_ARTICLE, events - (long) n * EVENTS_PER_ARTICLE);
        List<Event> coded = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            int actor = random.nextInt(ACTORS.length);
            int recipient = (actor + 1 + random.nextInt(ACTORS.length - 1)) % ACTORS.length;
            int type = random.nextInt(TYPES.length);
            String issue = Issues.ALL.get(random.nextInt(Issues.ALL.size()));
            LocalDate day = published.minusDays(random.nextInt(3));
            String sentence = capital(NAMES[actor]) + " " + VERBS[type] + " the " + issue.replace('_', ' ')
                    + " proposal of " + NAMES[recipient] + " on " + day + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            coded.add(new Event(id + "#" + (e + 1), id, TYPES[type], null, List.of(issue),
                    List.of(new ActorRef(NAMES[actor], capital(NAMES[actor]), ACTORS[actor], "GOV")),
                    List.of(new ActorRef(NAMES[recipient], capital(NAMES[recipient]), ACTORS[recipient], "GOV")),
                    day.toString(), "on " + day, null, null, new Evidence(sentence, start, start + sentence.length()),
                    null, 0.5 + random.nextInt(50) / 100.0,
                    new Provenance("bench:generated", VERBS[type], "bench-dictionary", "bench-codebook")));
        }
        List<Quote> quotes = new ArrayList<>();
        if (n % 5 == 0) {
            int speaker = random.nextInt(ACTORS.length);
            String words = "We will not give up on talks about " + Issues.ALL.get(random.nextInt(Issues.ALL.size()));
            int start = text.length() + 1;
            text.append('\u201c').append(words).append("\u201d, a spokesperson for ").append(NAMES[speaker]).append(" said.");
            quotes.add(new Quote(id, "A spokesperson for " + NAMES[speaker], ACTORS[speaker], words, published.toString(),
                    start, start + words.length()));
        }
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        Article article = new Article(id, "https://" + outlet + "/" + id, outlet, published, title, text.toString(), "en",
                "bench-api:" + n, List.of(new Span(0, title.length(), "headline")));
        return new CodedArticle(article, coded, quotes);
    }

    private static String capital(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
