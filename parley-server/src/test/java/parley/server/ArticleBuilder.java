package parley.server;

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
import parley.model.Location;
import parley.model.Provenance;
import parley.model.Quote;

/**
 * Builds a coded article sentence by sentence, so that evidence and quote offsets point into the
 * text exactly as the coder's would. For tests and benches that need a workspace without CoreNLP.
 */
public final class ArticleBuilder {
    private final String id;
    private final String source;
    private final LocalDate published;
    private final String title;
    private final StringBuilder text = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private Evidence last;

    public ArticleBuilder(String id, String source, LocalDate published, String title) {
        this.id = id;
        this.source = source;
        this.published = published;
        this.title = title;
        text.append(title).append("\n\n");
    }

    /** Appends a sentence; the next events use it as their evidence. */
    public ArticleBuilder sentence(String sentence) {
        if (text.length() > title.length() + 2) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentence);
        last = new Evidence(sentence, start, text.length());
        return this;
    }

    /**
     * An event read from the last sentence.
     *
     * @param actors     actor codes
     * @param recipients recipient codes (may be empty)
     */
    public ArticleBuilder event(EventType type, List<String> actors, List<String> recipients, List<String> issues,
                                String date, Aux aux) {
        if (last == null) {
            throw new IllegalStateException("add a sentence before its event");
        }
        events.add(new Event(id + "#" + (events.size() + 1), id, type, null, issues, refs(actors), refs(recipients),
                date, date, aux, null, last, null, 0.8,
                new Provenance("verb:test", "trigger", "test-dictionary-1", "test-codebook-1")));
        return this;
    }

    /** An event with a location. */
    public ArticleBuilder eventAt(EventType type, List<String> actors, List<String> issues, String date,
                                  String place, String placeCode) {
        event(type, actors, List.of(), issues, date, null);
        Event plain = events.remove(events.size() - 1);
        events.add(new Event(plain.id(), plain.doc(), plain.type(), plain.mode(), plain.issues(), plain.actor(),
                plain.recipient(), plain.date(), plain.dateText(), plain.aux(), new Location(place, placeCode),
                plain.evidence(), plain.quote(), plain.confidence(), plain.provenance()));
        return this;
    }

    /** A quoted sentence: {@code speaker said: "words"}. The quote's offsets cover the words. */
    public ArticleBuilder quote(String speaker, String speakerCode, String words, String date) {
        sentence(speaker + " said: \u201c" + words + "\u201d");
        int start = last.start() + speaker.length() + " said: \u201c".length();
        quotes.add(new Quote(id, speaker, speakerCode, words, date, start, start + words.length()));
        return this;
    }

    public CodedArticle build() {
        Article article = new Article(id, "https://" + source + "/" + id, source, published, title, text.toString(),
                "en", "test:" + id, List.of(new parley.model.Span(0, title.length(), "headline")));
        return new CodedArticle(article, events, quotes);
    }

    private static List<ActorRef> refs(List<String> codes) {
        return codes.stream().map(code -> new ActorRef(code, NAMES.getOrDefault(code, code), code, "GOV")).toList();
    }

    private static final java.util.Map<String, String> NAMES = java.util.Map.of(
            "RUS", "Russia", "UKR", "Ukraine", "USA", "United States", "ISR", "Israel", "HAMAS", "Hamas",
            "QAT", "Qatar", "TUR", "Türkiye", "EU", "European Union");
}
