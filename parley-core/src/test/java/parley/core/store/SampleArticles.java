package parley.core.store;

import java.time.LocalDate;
import java.util.Arrays;
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
import parley.model.Span;

/**
 * Small coded articles for store tests, written for these tests (short reports of public facts).
 * {@link #full} fills every field, with non-ASCII text, so that a round trip can be compared with
 * {@code equals}; {@link #article} and {@link #event} build minimal pieces for query tests.
 */
public final class SampleArticles {
    /** Body of {@link #full}: dateline furniture, two reporting sentences and a quote. */
    public static final String TEXT = "İSTANBUL, May 16 (Parley test)\n"
            + "Russian and Ukrainian delegations met in Istanbul on Friday, their first direct talks since 2022. "
            + "Both sides agreed to exchange 1,000 prisoners each. "
            + "“We are satisfied with the result,” said Vladimir Medinsky — 🕊 and nothing more.";

    private SampleArticles() {
    }

    /** An article with every field set, two events and one quote. */
    public static CodedArticle full(String id) {
        String dateline = TEXT.substring(0, TEXT.indexOf('\n'));
        String met = sentence("Russian and Ukrainian");
        String agreed = sentence("Both sides");
        String said = "We are satisfied with the result,";
        Article article = new Article(id, "https://example.org/news/" + id, "example.org",
                LocalDate.of(2025, 5, 16), "İstanbul görüşmeleri: “first talks” since 2022", TEXT, "en",
                "/data/in/" + id + ".txt", List.of(new Span(0, dateline.length(), "dateline"), new Span(1, 2, null)));
        Event consult = new Event(id + "#1", id, EventType.CONSULT, "meet", List.of("peace_talks"),
                List.of(new ActorRef("Russian delegation", "Government of Russia", "RUS", "GOV")),
                List.of(new ActorRef("Ukrainian delegation", "Government of Ukraine", "UKR", "GOV"),
                        new ActorRef("Istanbul hosts", null, "TUR", null)),
                "2025-05-16", "on Friday", null, new Location("Istanbul", "TUR"),
                new Evidence(met, TEXT.indexOf(met), TEXT.indexOf(met) + met.length()), null, 0.87,
                new Provenance("consult.meet.subject-object", "met", "actors-2025.05", "codebook-1"));
        Event agree = new Event(id + "#2", id, EventType.AGREE, "settle", List.of("prisoners", "ceasefire"),
                List.of(new ActorRef("Both sides", null, "RUS", "GOV"), new ActorRef("Both sides", null, "UKR", "GOV")),
                List.of(), "2025-W20", "on Friday", Aux.FUTURE, null,
                new Evidence(agreed, TEXT.indexOf(agreed), TEXT.indexOf(agreed) + agreed.length()), said,
                0.1 + 0.2, null);
        Quote quote = new Quote(id, "Vladimir Medinsky", "RUS", said, "2025-05-16",
                TEXT.indexOf(said), TEXT.indexOf(said) + said.length());
        return new CodedArticle(article, List.of(consult, agree), List.of(quote));
    }

    /** A bare article with only the required fields. */
    public static Article article(String id) {
        return new Article(id, null, null, null, null, "Text of " + id + ".", null, null, List.of());
    }

    /**
     * A minimal event of {@code doc}.
     *
     * @param actors    actor codes; a code prefixed with {@code >} is a recipient instead
     * @param date      ISO date at any precision, or null
     * @param issues    issue ids
     */
    public static Event event(String doc, int number, EventType type, List<String> actors, String date,
                              String... issues) {
        List<ActorRef> actor = actors.stream().filter(code -> !code.startsWith(">"))
                .map(code -> new ActorRef(code, null, code, null)).toList();
        List<ActorRef> recipient = actors.stream().filter(code -> code.startsWith(">"))
                .map(code -> new ActorRef(code.substring(1), null, code.substring(1), null)).toList();
        return new Event(doc + "#" + number, doc, type, null, Arrays.asList(issues), actor, recipient, date, null,
                null, null, new Evidence("Sentence " + number + ".", 0, 10), null, 0.5, null);
    }

    /** A minimal quote of {@code doc}. */
    public static Quote quote(String doc, String speakerCode, String date) {
        return new Quote(doc, "Speaker of " + speakerCode, speakerCode, "Words of " + speakerCode + " in " + doc,
                date, 0, 5);
    }

    /** A coded article made of the given events and quotes. */
    public static CodedArticle coded(String id, List<Event> events, List<Quote> quotes) {
        return new CodedArticle(article(id), events, quotes);
    }

    private static String sentence(String start) {
        int from = TEXT.indexOf(start);
        return TEXT.substring(from, TEXT.indexOf(". ", from) + 1);
    }
}
