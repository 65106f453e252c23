package parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.store.SampleArticles.coded;
import static parley.core.store.SampleArticles.event;
import static parley.core.store.SampleArticles.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Location;
import parley.model.Provenance;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * What every {@link EventStore} must do. Each implementation's test extends this class, so the
 * in-memory double and the database answer the same queries the same way.
 */
public abstract class EventStoreContract {
    protected EventStore store;

    /** A new, empty store. */
    protected abstract EventStore openStore() throws Exception;

    @BeforeEach
    void openEmptyStore() throws Exception {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void readsBackEveryFieldOfArticleEventsAndQuotesExactly() {
        CodedArticle full = SampleArticles.full("dev-x1");

        assertThat(store.save(full)).isTrue();

        assertThat(store.article("dev-x1")).contains(full.article());
        assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(full.events());
        assertThat(store.quotes(EventQuery.all())).containsExactlyElementsOf(full.quotes());
    }

    @Test
    void keepsNullsEmptyStringsAndEmptyValueRecordsApart() {
        Article article = new Article("bare", "", null, null, "", "", null, "", List.of());
        Event emptyParts = new Event(null, null, EventType.REJECT, "", List.of(),
                List.of(new ActorRef(null, null, "RUS", null)), List.of(), null, "", null,
                new Location(null, null), new Evidence("", 0, 0), "", 0.0, new Provenance(null, null, null, null));
        Event noParts = new Event("", "other-doc", EventType.ASSAULT, null, null,
                List.of(new ActorRef("", "", "UKR", "")), null, "", null, null, null, new Evidence(" ", 3, 3),
                null, -1.5, null);
        Quote quote = new Quote(null, null, null, " x ", null, 0, 0);
        CodedArticle coded = new CodedArticle(article, List.of(emptyParts, noParts), List.of(quote));

        store.save(coded);

        assertThat(store.article("bare")).contains(article);
        assertThat(store.events(EventQuery.all())).containsExactly(emptyParts, noParts);
        assertThat(store.quotes(EventQuery.all())).containsExactly(quote);
    }

    @Test
    void keepsHostileTextAndHugeArticlesIntact() {
        String hostile = "nul\u0000 tab\t cr\r lone\uD800surrogate \u202Eright-to-left\u202C e\u0301 İıŞ ﷽ 🕊🇺🇦 '; DROP TABLE articles; --";
        String huge = "Peace talks resumed in Istanbul. ".repeat(70_000);
        Article article = new Article(hostile, hostile, hostile, LocalDate.of(1, 1, 1), hostile, huge + hostile, "tr",
                hostile, List.of());
        Event event = new Event(hostile, hostile, EventType.CONSULT, hostile, List.of(),
                List.of(new ActorRef(hostile, hostile, hostile, hostile)), List.of(), hostile, hostile, null,
                new Location(hostile, hostile), new Evidence(hostile, huge.length(), huge.length() + hostile.length()),
                hostile, Double.MIN_VALUE, new Provenance(hostile, hostile, hostile, hostile));
        Quote quote = new Quote(hostile, hostile, hostile, hostile, hostile, Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertThat(store.save(new CodedArticle(article, List.of(event), List.of(quote)))).isTrue();

        assertThat(store.contains(hostile)).isTrue();
        assertThat(store.article(hostile)).contains(article);
        assertThat(store.events(query(Set.of(hostile), Set.of(), Set.of(), null, null, 0))).containsExactly(event);
        assertThat(store.quotes(query(Set.of(hostile), Set.of(), Set.of(), null, null, 0))).containsExactly(quote);
    }

    @Test
    void savesAnArticleOnlyOnceAndKeepsTheFirstVersion() {
        CodedArticle first = coded("a1", List.of(event("a1", 1, EventType.AGREE, List.of("RUS"), null)), List.of());
        CodedArticle second = coded("a1", List.of(event("a1", 1, EventType.REJECT, List.of("UKR"), null),
                event("a1", 2, EventType.REJECT, List.of("UKR"), null)), List.of(quote("a1", "UKR", null)));

        assertThat(store.save(first)).isTrue();
        assertThat(store.save(second)).isFalse();

        assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(first.events());
        assertThat(store.quotes(EventQuery.all())).isEmpty();
        assertThat(store.articles()).hasSize(1);
    }

    @Test
    void containsOnlyArticlesThatWereSaved() {
        store.save(coded("kept", List.of(), List.of()));

        assertThat(store.contains("kept")).isTrue();
        assertThat(store.contains("KEPT")).isFalse();
        assertThat(store.contains("missing")).isFalse();
        assertThat(store.article("missing")).isEmpty();
    }

    @Test
    void listsArticlesInTheOrderTheyWereSaved() {
        for (String id : List.of("m", "b", "z", "a")) {
            store.save(coded(id, List.of(), List.of()));
        }

        assertThat(store.articles()).extracting(Article::id).containsExactly("m", "b", "z", "a");
    }

    @Test
    void ordersEventsByArticleSavedOrderThenPositionInTheArticle() {
        store.save(coded("z", List.of(event("z", 1, EventType.AGREE, List.of("RUS"), null),
                event("z", 2, EventType.ACCUSE, List.of("RUS"), null),
                event("z", 3, EventType.AID, List.of("RUS"), null)), List.of()));
        store.save(coded("a", List.of(event("a", 1, EventType.REJECT, List.of("UKR"), null)), List.of()));

        assertThat(store.events(EventQuery.all())).extracting(Event::id).containsExactly("z#1", "z#2", "z#3", "a#1");
    }

    @Test
    void filtersEventsByActorCodeInTheActorRoleOnly() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.ACCUSE, List.of("RUS", ">UKR"), null),
                event("d", 2, EventType.ACCUSE, List.of("UKR", ">RUS"), null),
                event("d", 3, EventType.CONSULT, List.of("USA", "RUS"), null),
                event("d", 4, EventType.AID, List.of("DEU"), null)), List.of()));

        assertThat(ids(store.events(query(Set.of("RUS"), Set.of(), Set.of(), null, null, 0)))).containsExactly("d#1", "d#3");
        assertThat(ids(store.events(query(Set.of("DEU", "UKR"), Set.of(), Set.of(), null, null, 0))))
                .containsExactly("d#2", "d#4");
        assertThat(store.events(query(Set.of("rus"), Set.of(), Set.of(), null, null, 0))).isEmpty();
    }

    @Test
    void filtersEventsByType() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.ACCUSE, List.of("RUS"), null),
                event("d", 2, EventType.REJECT, List.of("RUS"), null),
                event("d", 3, EventType.ASSAULT, List.of("RUS"), null)), List.of()));

        assertThat(ids(store.events(query(Set.of(), Set.of(EventType.REJECT, EventType.ASSAULT), Set.of(), null, null, 0))))
                .containsExactly("d#2", "d#3");
    }

    @Test
    void filtersEventsHavingAnyOfTheGivenIssues() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.AGREE, List.of("RUS"), null, "ceasefire", "prisoners"),
                event("d", 2, EventType.AGREE, List.of("RUS"), null, "peace_talks"),
                event("d", 3, EventType.AGREE, List.of("RUS"), null, "peace_agreement"),
                event("d", 4, EventType.AGREE, List.of("RUS"), null)), List.of()));

        assertThat(ids(store.events(query(Set.of(), Set.of(), Set.of("prisoners", "peace_talks"), null, null, 0))))
                .containsExactly("d#1", "d#2");
        assertThat(ids(store.events(query(Set.of(), Set.of(), Set.of("peace_agreement"), null, null, 0))))
                .containsExactly("d#3");
        // Neither a prefix of an issue nor a wildcard matches: issues are compared whole.
        assertThat(store.events(query(Set.of(), Set.of(), Set.of("peace"), null, null, 0))).isEmpty();
        assertThat(store.events(query(Set.of(), Set.of(), Set.of("peace%"), null, null, 0))).isEmpty();
        assertThat(store.events(query(Set.of(), Set.of(), Set.of("peace_talk_"), null, null, 0))).isEmpty();
    }

    @Test
    void filtersEventsByTheRangeTheirDateCoversAtItsPrecision() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.AGREE, List.of("RUS"), "2025-05-21"),
                event("d", 2, EventType.AGREE, List.of("RUS"), "2025-05"),
                event("d", 3, EventType.AGREE, List.of("RUS"), "2025-W21"),
                event("d", 4, EventType.AGREE, List.of("RUS"), "2025"),
                event("d", 5, EventType.AGREE, List.of("RUS"), null),
                event("d", 6, EventType.AGREE, List.of("RUS"), "2024-02"),
                event("d", 7, EventType.AGREE, List.of("RUS"), "last spring")), List.of()));

        // 2025-W21 runs from Monday 19 to Sunday 25 May 2025.
        assertThat(ids(events(LocalDate.of(2025, 5, 25), LocalDate.of(2025, 5, 25)))).containsExactly("d#2", "d#3", "d#4");
        assertThat(ids(events(LocalDate.of(2025, 5, 26), null))).containsExactly("d#2", "d#4");
        assertThat(ids(events(null, LocalDate.of(2025, 5, 1)))).containsExactly("d#2", "d#4", "d#6");
        assertThat(ids(events(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)))).containsExactly("d#6");
        assertThat(ids(events(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)))).containsExactly("d#4");
        assertThat(ids(events(null, null))).containsExactly("d#1", "d#2", "d#3", "d#4", "d#5", "d#6", "d#7");
    }

    @Test
    void coversTheIsoWeekThatStraddlesTheNewYear() {
        // 2026-W01 runs from Monday 29 December 2025 to Sunday 4 January 2026.
        store.save(coded("d", List.of(event("d", 1, EventType.AGREE, List.of("RUS"), "2026-W01"),
                event("d", 2, EventType.AGREE, List.of("RUS"), "2025-W53")), List.of()));

        assertThat(ids(events(LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 29)))).containsExactly("d#1");
        assertThat(ids(events(LocalDate.of(2025, 12, 28), LocalDate.of(2025, 12, 28)))).isEmpty();
        assertThat(ids(events(LocalDate.of(2026, 1, 4), null))).containsExactly("d#1");
        assertThat(ids(events(LocalDate.of(2026, 1, 5), null))).isEmpty();
    }

    @Test
    void combinesFiltersAndLimitsAfterOrdering() {
        store.save(coded("b", List.of(
                event("b", 1, EventType.REJECT, List.of("RUS"), "2025-05", "ceasefire"),
                event("b", 2, EventType.REJECT, List.of("UKR"), "2025-05", "ceasefire"),
                event("b", 3, EventType.AGREE, List.of("RUS"), "2025-05", "ceasefire")), List.of()));
        store.save(coded("a", List.of(
                event("a", 1, EventType.REJECT, List.of("RUS"), "2025-05-02", "ceasefire", "territory"),
                event("a", 2, EventType.REJECT, List.of("RUS"), "2025-05-03", "territory"),
                event("a", 3, EventType.REJECT, List.of("RUS"), "2025-06-01", "ceasefire")), List.of()));
        EventQuery rejectsOfCeasefireByRussiaInMay = query(Set.of("RUS"), Set.of(EventType.REJECT),
                Set.of("ceasefire"), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), 0);

        assertThat(ids(store.events(rejectsOfCeasefireByRussiaInMay))).containsExactly("b#1", "a#1");
        assertThat(ids(store.events(new EventQuery(Set.of("RUS"), Set.of(EventType.REJECT), Set.of("ceasefire"),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), 1)))).containsExactly("b#1");
        assertThat(ids(store.events(query(Set.of(), Set.of(), Set.of(), null, null, 4))))
                .containsExactly("b#1", "b#2", "b#3", "a#1");
    }

    @Test
    void filtersQuotesBySpeakerCodeAndDateOnly() {
        store.save(coded("q1", List.of(), List.of(quote("q1", "RUS", "2025-05-16"), quote("q1", "UKR", "2025-05"),
                quote("q1", null, "2025-05-16"))));
        store.save(coded("q2", List.of(), List.of(quote("q2", "RUS", null), quote("q2", "RUS", "2025-W25"))));

        assertThat(store.quotes(EventQuery.all())).hasSize(5);
        assertThat(store.quotes(query(Set.of("RUS"), Set.of(), Set.of(), null, null, 0)))
                .extracting(Quote::doc, Quote::date)
                .containsExactly(tuple("q1", "2025-05-16"), tuple("q2", null), tuple("q2", "2025-W25"));
        assertThat(store.quotes(query(Set.of(), Set.of(), Set.of(), LocalDate.of(2025, 5, 20), null, 0)))
                .extracting(Quote::speakerCode).containsExactly("UKR", "RUS");
        // Types and issues say nothing about a quote, so they do not narrow the list.
        assertThat(store.quotes(query(Set.of("UKR"), Set.of(EventType.ASSAULT), Set.of("nuclear"), null, null, 0)))
                .extracting(Quote::speakerCode).containsExactly("UKR");
        assertThat(store.quotes(query(Set.of(), Set.of(), Set.of(), null, null, 2))).hasSize(2);
    }

    @Test
    void recordsEachSkippedInputOnceForTheSameOriginAndReason() {
        store.recordSkipped(new SkippedInput("in/empty.txt", "empty", "The file has no text."));
        store.recordSkipped(new SkippedInput("in/empty.txt", "empty", "Seen again."));
        store.recordSkipped(new SkippedInput("in/empty.txt", "binary", null));
        store.recordSkipped(new SkippedInput("in/feed.xml#3", "empty", "Item 3 has no text."));

        assertThat(store.skipped()).containsExactly(
                new SkippedInput("in/empty.txt", "empty", "The file has no text."),
                new SkippedInput("in/empty.txt", "binary", null),
                new SkippedInput("in/feed.xml#3", "empty", "Item 3 has no text."));
    }

    @Test
    void answersEmptyListsWhenNothingIsStored() {
        assertThat(store.articles()).isEmpty();
        assertThat(store.events(EventQuery.all())).isEmpty();
        assertThat(store.quotes(EventQuery.all())).isEmpty();
        assertThat(store.skipped()).isEmpty();
    }

    private List<Event> events(LocalDate since, LocalDate until) {
        return store.events(query(Set.of(), Set.of(), Set.of(), since, until, 0));
    }

    private static EventQuery query(Set<String> actors, Set<EventType> types, Set<String> issues, LocalDate since,
                                    LocalDate until, int limit) {
        return new EventQuery(actors, types, issues, since, until, limit);
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
