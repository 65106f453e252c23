package parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static parley.core.store.SampleArticles.coded;
import static parley.core.store.SampleArticles.event;
import static parley.core.store.SampleArticles.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Corroboration;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceKey;
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
        if (store != null) {
            store.close();
        }
    }

    @Test
    void readsBackEveryFieldOfArticleEventsAndQuotesExactly() {
        CodedArticle full = SampleArticles.full("dev-x1");

        assertThat(store.save(full)).isTrue();

        assertThat(store.article("dev-x1")).contains(full.article());
        assertThat(all(store, Filter.none())).containsExactlyElementsOf(full.events());
        assertThat(quotes(Filter.none())).containsExactlyElementsOf(full.quotes());
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
        assertThat(all(store, Filter.none())).containsExactly(emptyParts, noParts);
        assertThat(quotes(Filter.none())).containsExactly(quote);
    }

    @Test
    void keepsEveryRuleThatFiredSoThatAStanceReadBackIsTheOneCoded() {
        Article article = new Article("cond", "", null, LocalDate.of(2025, 3, 19), "", "Russia agreed to a truce only if "
                + "arms deliveries stop.", "en", "", List.of());
        Event conditional = new Event("cond#1", "cond", EventType.AGREE, null, List.of("ceasefire"),
                List.of(new ActorRef("Russia", "Russia", "RUS", "GOV")), List.of(), "2025-03-18", null, null, null,
                new Evidence("Russia agreed to a truce only if arms deliveries stop.", 0, 54), null, 0.9,
                new Provenance("verb:agree", "agreed", List.of("verb:agree", "condition:if"), "d1", "c1", null));

        store.save(new CodedArticle(article, List.of(conditional), List.of()));

        assertThat(all(store, Filter.none())).containsExactly(conditional);
        assertThat(parley.core.positions.PositionTracker.positions(all(store, Filter.none())))
                .extracting(parley.core.positions.Position::stance)
                .containsExactly(parley.core.positions.Stance.CONDITIONAL);
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
        assertThat(events(query(Set.of(hostile), Set.of(), Set.of(), null, null, 0))).containsExactly(event);
        assertThat(quotes(query(Set.of(hostile), Set.of(), Set.of(), null, null, 0))).containsExactly(quote);
    }

    @Test
    void savesAnArticleOnlyOnceAndKeepsTheFirstVersion() {
        CodedArticle first = coded("a1", List.of(event("a1", 1, EventType.AGREE, List.of("RUS"), null)), List.of());
        CodedArticle second = coded("a1", List.of(event("a1", 1, EventType.REJECT, List.of("UKR"), null),
                event("a1", 2, EventType.REJECT, List.of("UKR"), null)), List.of(quote("a1", "UKR", null)));

        assertThat(store.save(first)).isTrue();
        assertThat(store.save(second)).isFalse();

        assertThat(all(store, Filter.none())).containsExactlyElementsOf(first.events());
        assertThat(quotes(Filter.none())).isEmpty();
        assertThat(articles()).hasSize(1);
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

        assertThat(articles()).extracting(ArticleSummary::id).containsExactly("m", "b", "z", "a");
    }

    @Test
    void ordersEventsByArticleSavedOrderThenPositionInTheArticle() {
        store.save(coded("z", List.of(event("z", 1, EventType.AGREE, List.of("RUS"), null),
                event("z", 2, EventType.ACCUSE, List.of("RUS"), null),
                event("z", 3, EventType.AID, List.of("RUS"), null)), List.of()));
        store.save(coded("a", List.of(event("a", 1, EventType.REJECT, List.of("UKR"), null)), List.of()));

        assertThat(all(store, Filter.none())).extracting(Event::id).containsExactly("z#1", "z#2", "z#3", "a#1");
    }

    @Test
    void filtersEventsByActorCodeInTheActorRoleOnly() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.ACCUSE, List.of("RUS", ">UKR"), null),
                event("d", 2, EventType.ACCUSE, List.of("UKR", ">RUS"), null),
                event("d", 3, EventType.CONSULT, List.of("USA", "RUS"), null),
                event("d", 4, EventType.AID, List.of("DEU"), null)), List.of()));

        assertThat(ids(events(query(Set.of("RUS"), Set.of(), Set.of(), null, null, 0)))).containsExactly("d#1", "d#3");
        assertThat(ids(events(query(Set.of("DEU", "UKR"), Set.of(), Set.of(), null, null, 0))))
                .containsExactly("d#2", "d#4");
        assertThat(events(query(Set.of("rus"), Set.of(), Set.of(), null, null, 0))).isEmpty();
    }

    @Test
    void filtersEventsByType() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.ACCUSE, List.of("RUS"), null),
                event("d", 2, EventType.REJECT, List.of("RUS"), null),
                event("d", 3, EventType.ASSAULT, List.of("RUS"), null)), List.of()));

        assertThat(ids(events(query(Set.of(), Set.of(EventType.REJECT, EventType.ASSAULT), Set.of(), null, null, 0))))
                .containsExactly("d#2", "d#3");
    }

    @Test
    void filtersEventsHavingAnyOfTheGivenIssues() {
        store.save(coded("d", List.of(
                event("d", 1, EventType.AGREE, List.of("RUS"), null, "ceasefire", "prisoners"),
                event("d", 2, EventType.AGREE, List.of("RUS"), null, "peace_talks"),
                event("d", 3, EventType.AGREE, List.of("RUS"), null, "peace_agreement"),
                event("d", 4, EventType.AGREE, List.of("RUS"), null)), List.of()));

        assertThat(ids(events(query(Set.of(), Set.of(), Set.of("prisoners", "peace_talks"), null, null, 0))))
                .containsExactly("d#1", "d#2");
        assertThat(ids(events(query(Set.of(), Set.of(), Set.of("peace_agreement"), null, null, 0))))
                .containsExactly("d#3");
        // Neither a prefix of an issue nor a wildcard matches: issues are compared whole.
        assertThatThrownBy(() -> query(Set.of(), Set.of(), Set.of("peace"), null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events(query(Set.of(), Set.of(), Set.of("peace_talks", "peace_agreement"), null, null, 0)))
                .extracting(Event::id).containsExactly("d#2", "d#3");
        assertThatThrownBy(() -> query(Set.of(), Set.of(), Set.of("peace%"), null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peace%");
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
        Filter rejectsOfCeasefireByRussiaInMay = query(Set.of("RUS"), Set.of(EventType.REJECT),
                Set.of("ceasefire"), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), 0);

        assertThat(ids(events(rejectsOfCeasefireByRussiaInMay))).containsExactly("b#1", "a#1");
        assertThat(ids(store.events(rejectsOfCeasefireByRussiaInMay, null, 1).items())).containsExactly("b#1");
        assertThat(ids(store.events(Filter.none(), null, 4).items())).containsExactly("b#1", "b#2", "b#3", "a#1");
    }

    @Test
    void filtersQuotesBySpeakerCodeAndDateOnly() {
        store.save(coded("q1", List.of(), List.of(quote("q1", "RUS", "2025-05-16"), quote("q1", "UKR", "2025-05"),
                quote("q1", null, "2025-05-16"))));
        store.save(coded("q2", List.of(), List.of(quote("q2", "RUS", null), quote("q2", "RUS", "2025-W25"))));

        assertThat(quotes(Filter.none())).hasSize(5);
        assertThat(quotes(query(Set.of("RUS"), Set.of(), Set.of(), null, null, 0)))
                .extracting(Quote::doc, Quote::date)
                .containsExactly(tuple("q1", "2025-05-16"), tuple("q2", null), tuple("q2", "2025-W25"));
        assertThat(quotes(query(Set.of(), Set.of(), Set.of(), LocalDate.of(2025, 5, 20), null, 0)))
                .extracting(Quote::speakerCode).containsExactly("UKR", "RUS");
        // Quotes have no type or issue: with either filter no quote passes (as in search and the API).
        assertThat(quotes(query(Set.of("UKR"), Set.of(EventType.ASSAULT), Set.of(), null, null, 0))).isEmpty();
        assertThat(quotes(query(Set.of("UKR"), Set.of(), Set.of("nuclear"), null, null, 0))).isEmpty();
        assertThat(quotes(query(Set.of("UKR"), Set.of(), Set.of(), null, null, 0)))
                .extracting(Quote::speakerCode).containsExactly("UKR");
        assertThat(store.quotes(Filter.none(), null, 2).items()).hasSize(2);
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
        assertThat(articles()).isEmpty();
        assertThat(all(store, Filter.none())).isEmpty();
        assertThat(quotes(Filter.none())).isEmpty();
        assertThat(store.skipped()).isEmpty();
    }

    @Test
    void pagesThroughEveryListOnceInOrderWithTheKeyOfThePreviousPage() {
        List<CodedArticle> generated = MixedReports.articles(60, 5L);
        generated.forEach(store::save);
        List<Event> events = all(store, Filter.none());
        assertThat(events).hasSize(generated.stream().mapToInt(c -> c.events().size()).sum());
        for (int size : new int[] {1, 7, 500}) {
            assertThat(Page.collect((after, limit) -> store.events(Filter.none(), after, Math.min(limit, size)), 0))
                    .isEqualTo(events);
            assertThat(Page.collect((after, limit) -> store.incidents(Filter.none(), after, Math.min(limit, size)), 0))
                    .isEqualTo(Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0));
            assertThat(Page.collect((after, limit) -> store.articles(Filter.none(), after, Math.min(limit, size)), 0))
                    .extracting(ArticleSummary::id).isEqualTo(generated.stream().map(c -> c.article().id()).toList());
        }
        Page<Event> first = store.events(Filter.none(), null, 10);
        store.save(SampleArticles.coded("late", List.of(SampleArticles.event("late", 1, EventType.AGREE,
                List.of("RUS"), null)), List.of()));
        // A page read after more articles were stored goes on after the last event served.
        assertThat(store.events(Filter.none(), first.next(), 10).items()).isEqualTo(events.subList(10, 20));
    }

    @Test
    void keepsTheSameIncidentsAsCorroboratingEverythingAtOnceInAnyOrderOfArrival() {
        List<CodedArticle> generated = new ArrayList<>(MixedReports.articles(120, 11L));
        java.util.Collections.shuffle(generated, new java.util.Random(3));
        generated.forEach(store::save);
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        generated.forEach(coded -> {
            events.addAll(coded.events());
            articles.add(coded.article());
        });
        Corroboration expected = Corroborator.corroborate(events, articles, Map.of());
        List<Incident> stored = Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0);
        assertThat(stored).hasSizeGreaterThan(20).isEqualTo(expected.incidents());
        assertThat(expected.incidents().stream().filter(i -> i.articleIds().size() > 1).count()).isGreaterThan(5);
        assertThat(Page.collect((after, limit) -> store.contradictions(Filter.none(), after, limit), 0))
                .isEqualTo(expected.contradictions());
        WorkspaceSummary summary = store.summary();
        assertThat(summary.incidents()).isEqualTo(expected.incidents().size());
        assertThat(summary.contradictions()).isEqualTo(expected.contradictions().size());
        assertThat(summary.events()).isEqualTo(events.size());
        Incident merged = expected.incidents().stream().filter(i -> i.articleIds().size() > 1).findFirst().orElseThrow();
        assertThat(store.incident(merged.id())).contains(merged);
        for (Contradiction contradiction : expected.contradictions()) {
            assertThat(store.contradictionsOf(contradiction.accepting().id())).contains(contradiction);
        }
    }

    @Test
    void keepsTheSameIncidentsWhenArticlesArriveInBatchesOfAnySize() {
        List<CodedArticle> generated = new ArrayList<>(MixedReports.articles(150, 17L));
        java.util.Collections.shuffle(generated, new java.util.Random(5));
        java.util.Random sizes = new java.util.Random(7);
        for (int from = 0; from < generated.size(); ) {
            int to = Math.min(generated.size(), from + 1 + sizes.nextInt(40));
            store.saveAll(generated.subList(from, to));
            from = to;
        }
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        generated.forEach(coded -> {
            events.addAll(coded.events());
            articles.add(coded.article());
        });
        Corroboration expected = Corroborator.corroborate(events, articles, Map.of());
        assertThat(expected.incidents().stream().filter(i -> i.articleIds().size() > 1).count()).isGreaterThan(5);
        assertThat(Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0))
                .isEqualTo(expected.incidents());
        assertThat(Page.collect((after, limit) -> store.contradictions(Filter.none(), after, limit), 0))
                .isEqualTo(expected.contradictions());
        assertThat(store.summary().incidents()).isEqualTo(expected.incidents().size());
        assertThat(store.summary().contradictions()).isEqualTo(expected.contradictions().size());
    }

    @Test
    void filtersIncidentsAndTheTimelineAsTheFilterDefines() {
        List<CodedArticle> generated = MixedReports.articles(80, 17L);
        generated.forEach(store::save);
        List<Incident> all = Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0);
        for (Filter filter : List.of(Filter.none().withActors(Set.of("RUS")), Filter.none().withTypes(Set.of(EventType.REJECT)),
                Filter.none().withIssues(Set.of("ceasefire", "energy")),
                Filter.none().withActors(Set.of("RUS")).withIssues(Set.of("ceasefire")),
                Filter.none().withActors(Set.of("UKR")).withIssues(Set.of("energy")).withTypes(Set.of(EventType.REJECT)),
                Filter.none().withDates(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20)),
                new Filter(Set.of("UKR", "EU"), Set.of(EventType.AGREE, EventType.SUPPORT), Set.of(), null,
                        LocalDate.of(2025, 3, 31)))) {
            assertThat(Page.collect((after, limit) -> store.incidents(filter, after, limit), 0)).as(filter.toString())
                    .isEqualTo(all.stream().filter(filter::matches).toList());
            assertThat(Page.collect((after, limit) -> store.timeline(filter, Set.of("RUS", "UKR"), after, limit), 0))
                    .as(filter.toString()).isEqualTo(all.stream().filter(filter::matches)
                            .filter(i -> parley.core.time.IsoDates.firstDay(i.date()) != null)
                            .filter(i -> {
                                Set<String> codes = new java.util.HashSet<>(i.actorCodes());
                                codes.addAll(i.recipientCodes());
                                return codes.containsAll(Set.of("RUS", "UKR"));
                            }).toList());
            assertThat(all(store, filter)).isEqualTo(all(store, Filter.none()).stream().filter(filter::matches).toList());
            List<Event> between = Page.collect((after, limit) -> store.events(filter, Set.of("RUS", "UKR"), after, limit), 0);
            assertThat(between).as(filter.toString()).isEqualTo(all(store, filter).stream().filter(e -> {
                Set<String> codes = new java.util.HashSet<>();
                e.actor().forEach(a -> codes.add(a.code()));
                e.recipient().forEach(r -> codes.add(r.code()));
                return codes.containsAll(Set.of("RUS", "UKR"));
            }).toList());
        }
        assertThat(Page.collect((after, limit) -> store.events(Filter.none(), Set.of("RUS", "UKR"), after, limit), 0))
                .as("events between RUS and UKR in either role").isNotEmpty()
                .hasSizeLessThan(all(store, Filter.none()).size());
    }

    @Test
    void answersTheLatestStanceAsThePositionTrackerDoes() {
        List<CodedArticle> generated = MixedReports.articles(90, 23L);
        generated.forEach(store::save);
        List<Event> events = all(store, Filter.none());
        for (LocalDate asOf : java.util.Arrays.asList(null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 6, 1))) {
            for (Filter filter : List.of(Filter.none(), Filter.none().withActors(Set.of("RUS", "EU")),
                    Filter.none().withTypes(Set.of(EventType.REJECT, EventType.AGREE)).withIssues(Set.of("ceasefire")),
                    Filter.none().withDates(LocalDate.of(2025, 3, 8), null))) {
                Filter eventsOnly = filter.withActors(Set.of()).withIssues(Set.of());
                List<Position> expected = PositionTracker.latest(events.stream().filter(eventsOnly::matches)
                        .filter(e -> asOf == null || (parley.core.time.IsoDates.firstDay(e.date()) != null
                                && !parley.core.time.IsoDates.firstDay(e.date()).isAfter(asOf))).toList())
                        .stream().filter(p -> filter.actors().isEmpty() || filter.actors().contains(p.actor()))
                        .filter(p -> filter.issues().isEmpty() || filter.issues().contains(p.issue())).toList();
                List<Position> paged = new ArrayList<>();
                String after = null;
                do {
                    Page<Position> page = PositionTracker.latest(store, filter, asOf, PositionTracker.keyAfter(after), 4);
                    paged.addAll(page.items());
                    after = page.next();
                } while (after != null);
                assertThat(paged).as("as of " + asOf + ", " + filter).isEqualTo(expected);
            }
        }
        StanceKey key = PositionTracker.latest(events).get(0).key();
        assertThat(store.stances(key, Filter.none())).isEqualTo(PositionTracker.positions(events).stream()
                .filter(p -> p.key().equals(key)).distinct().toList());
    }

    @Test
    void findsTheIncidentOfEachEventAndTheArticlesWithoutTheirTexts() {
        List<CodedArticle> generated = MixedReports.articles(60, 31L);
        generated.forEach(store::save);
        List<Incident> all = Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0);
        Map<String, Incident> expected = new java.util.HashMap<>();
        all.forEach(incident -> incident.eventIds().forEach(id -> expected.put(id, incident)));
        List<String> ids = new ArrayList<>(expected.keySet());
        ids.add("no-such-event#1");
        assertThat(store.incidentsOf(ids)).isEqualTo(expected);
        assertThat(store.incidentsOf(List.of())).isEmpty();
        CodedArticle first = generated.get(0);
        Map<String, ArticleSummary> summaries = store.summaries(List.of(first.article().id(), "missing"));
        assertThat(summaries).containsOnlyKeys(first.article().id());
        ArticleSummary summary = summaries.get(first.article().id());
        assertThat(summary.published()).isEqualTo(first.article().published());
        assertThat(summary.source()).isEqualTo(first.article().source());
        assertThat(summary.events()).isEqualTo(first.events().size());
    }

    @Test
    void pagesThroughTheChangesOfStanceAsTheHistoryOfEachKeyHasThem() {
        MixedReports.articles(90, 37L).forEach(store::save);
        List<Event> events = all(store, Filter.none());
        for (Filter filter : List.of(Filter.none(), Filter.none().withActors(Set.of("RUS")),
                Filter.none().withIssues(Set.of("ceasefire")).withDates(LocalDate.of(2025, 3, 10), null))) {
            List<parley.core.positions.PositionChange> expected = new ArrayList<>();
            for (parley.core.positions.PositionSeries series : parley.core.positions.StanceHistory.ofEvents(events)) {
                if ((filter.actors().isEmpty() || filter.actors().contains(series.actor()))
                        && (filter.issues().isEmpty() || filter.issues().contains(series.issue()))) {
                    series.changes().stream().filter(change -> filter.covers(change.to().date())).forEach(change ->
                            expected.add(new parley.core.positions.PositionChange(
                                    new StanceKey(series.actor(), series.issue()), change)));
                }
            }
            assertThat(expected).as(filter.toString()).isNotEmpty();
            for (int size : new int[] {1, 3, 500}) {
                assertThat(Page.collect((after, limit) -> parley.core.positions.StanceChanges.page(store, filter, after,
                        Math.min(limit, size)), 0)).as(filter + ", pages of " + size).isEqualTo(expected);
            }
        }
    }

    @Test
    void countsActorsAndDrawsTheNetworkWithAndWithoutFilters() {
        MixedReports.articles(50, 29L).forEach(store::save);
        InMemoryEventStore reference = new InMemoryEventStore();
        MixedReports.articles(50, 29L).forEach(reference::save);
        for (Filter filter : List.of(Filter.none(), Filter.none().withTypes(Set.of(EventType.AGREE)),
                Filter.none().withActors(Set.of("RUS", "USA")), Filter.none().withDates(LocalDate.of(2025, 3, 15), null))) {
            assertThat(Page.collect((after, limit) -> store.actors(filter, after, limit), 0)).as(filter.toString())
                    .isEqualTo(Page.collect((after, limit) -> reference.actors(filter, after, limit), 0));
            assertThat(store.network(filter)).as(filter.toString()).isEqualTo(reference.network(filter));
        }
        assertThat(store.actorName("RUS")).isEqualTo("Name of RUS");
    }

    @Test
    void savesABatchLikeOneSaveEachPassingOverArticlesAlreadyStored() {
        List<CodedArticle> generated = MixedReports.articles(40, 31L);
        store.save(generated.get(3));
        List<CodedArticle> batch = new ArrayList<>(generated);
        batch.add(generated.get(5));

        assertThat(store.saveAll(batch)).isEqualTo(39);

        EventStore reference = new InMemoryEventStore();
        List<CodedArticle> inOrder = new ArrayList<>(generated);
        inOrder.add(0, inOrder.remove(3));
        inOrder.forEach(reference::save);
        assertThat(all(store, Filter.none())).isEqualTo(all(reference, Filter.none()));
        assertThat(Page.collect((after, limit) -> store.incidents(Filter.none(), after, limit), 0))
                .isEqualTo(Page.collect((after, limit) -> reference.incidents(Filter.none(), after, limit), 0));
        assertThat(store.summary()).isEqualTo(reference.summary());
    }

    @Test
    void recordsSyndicatedCopiesOnceAndOnlyOfStoredArticles() {
        store.save(SampleArticles.coded("orig", List.of(), List.of()));
        Syndication copy = new Syndication("orig", "copy-1", "in/x.html", "https://b.example/1", "b.example", 0.8,
                Syndication.Kind.NEAR);

        assertThat(store.recordSyndication(copy)).isTrue();
        assertThat(store.recordSyndication(new Syndication("orig", "copy-1", null, null, null, 1.0,
                Syndication.Kind.EXACT))).isFalse();
        assertThat(store.containsCopy("copy-1")).isTrue();
        assertThat(store.syndications()).containsExactly(copy);
        assertThatThrownBy(() -> store.recordSyndication(new Syndication("missing", "copy-2", null, null, null, 1.0,
                Syndication.Kind.EXACT))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.summary().syndications()).isEqualTo(1);
    }

    private List<Event> events(LocalDate since, LocalDate until) {
        return events(query(Set.of(), Set.of(), Set.of(), since, until, 0));
    }

    private List<Event> events(Filter filter) {
        return all(store, filter);
    }

    private List<Quote> quotes(Filter filter) {
        return Page.collect((after, limit) -> store.quotes(filter, after, limit), 0);
    }

    private List<ArticleSummary> articles() {
        return Page.collect((after, limit) -> store.articles(Filter.none(), after, limit), 0);
    }

    /** Every event passing {@code filter}, read page by page. */
    public static List<Event> all(EventStore store, Filter filter) {
        return Page.collect((after, limit) -> store.events(filter, after, limit), 0);
    }

    private static Filter query(Set<String> actors, Set<EventType> types, Set<String> issues, LocalDate since,
                                LocalDate until, int limit) {
        return new Filter(actors, types, issues, since, until);
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
