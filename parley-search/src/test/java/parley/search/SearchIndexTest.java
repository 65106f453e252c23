package parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.store.Filter;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Quote;
import parley.model.Span;

class SearchIndexTest {
    private static final String MOSCOW_TEXT = "MOSCOW, March 13\n"
            + "Russia turned down a 30-day truce, and then set conditions for any pause in fighting. "
            + "Ukraine accepted the American proposal two days earlier. "
            + "“We are for it, but there are nuances,” the Russian president said.";
    private static final String ISTANBUL_TEXT = "Delegations from Russia and Ukraine met in İstanbul on Friday. "
            + "They agreed to exchange a thousand prisoners each, but no truce followed.";

    private SearchIndex index;

    @BeforeEach
    void fill() {
        index = SearchIndex.inMemory();
        index.index(moscow());
        index.index(istanbul());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    static CodedArticle moscow() {
        String rejected = sentence(MOSCOW_TEXT, "Russia turned down");
        String accepted = sentence(MOSCOW_TEXT, "Ukraine accepted");
        String said = "We are for it, but there are nuances,";
        Article article = new Article("moscow-1", "https://example.org/moscow-1", "example.org",
                LocalDate.of(2025, 3, 13), "Kremlin sets conditions for truce", MOSCOW_TEXT, "en", null,
                List.of(new Span(0, MOSCOW_TEXT.indexOf('\n'), "dateline")));
        return new CodedArticle(article, List.of(
                event("moscow-1#1", "moscow-1", EventType.REJECT, "RUS", "USA", "2025-03-13", rejected, MOSCOW_TEXT,
                        "ceasefire"),
                event("moscow-1#2", "moscow-1", EventType.AGREE, "UKR", "USA", "2025-03-11", accepted, MOSCOW_TEXT,
                        "ceasefire")),
                List.of(new Quote("moscow-1", "the Russian president", "RUS", said, "2025-03-13",
                        MOSCOW_TEXT.indexOf(said), MOSCOW_TEXT.indexOf(said) + said.length())));
    }

    static CodedArticle istanbul() {
        String met = sentence(ISTANBUL_TEXT, "Delegations");
        String agreed = sentence(ISTANBUL_TEXT, "They agreed");
        Article article = new Article("istanbul-1", null, null, LocalDate.of(2025, 5, 16), "Talks in Istanbul",
                ISTANBUL_TEXT, "en", null, List.of());
        return new CodedArticle(article, List.of(
                event("istanbul-1#1", "istanbul-1", EventType.CONSULT, "RUS", "UKR", "2025-05-16", met, ISTANBUL_TEXT,
                        "peace_talks"),
                event("istanbul-1#2", "istanbul-1", EventType.AGREE, "UKR", null, "2025-05", agreed, ISTANBUL_TEXT,
                        "prisoners")),
                List.of());
    }

    private static Event event(String id, String doc, EventType type, String actor, String recipient, String date,
                               String sentence, String text, String issue) {
        int start = text.indexOf(sentence);
        return new Event(id, doc, type, null, List.of(issue), List.of(new ActorRef(actor, null, actor, null)),
                recipient == null ? List.of() : List.of(new ActorRef(recipient, null, recipient, null)), date, null,
                null, null, new Evidence(sentence, start, start + sentence.length()), null, 0.8, null);
    }

    private static String sentence(String text, String start) {
        int from = text.indexOf(start);
        return text.substring(from, text.indexOf('.', from) + 1);
    }

    private List<String> ids(String query, Set<SearchKind> kinds, Filter filter) {
        return index.search(query, kinds, filter, 20).stream().map(SearchHit::id).toList();
    }

    @Test
    void findsAPhraseWithItsSmallWordsInOrder() {
        assertThat(ids("\"truce, and then\"", Set.of(), Filter.none())).containsExactlyInAnyOrder("moscow-1",
                "moscow-1#1");
        assertThat(ids("\"truce then and\"", Set.of(), Filter.none())).isEmpty();
    }

    @Test
    void matchesStemsAndFoldedLetters() {
        assertThat(ids("agree prisoner", Set.of(SearchKind.EVENT), Filter.none())).containsExactly("istanbul-1#2");
        assertThat(ids("istanbul", Set.of(SearchKind.ARTICLE), Filter.none())).containsExactly("istanbul-1");
    }

    @Test
    void filtersByKindActorTypeIssueAndDate() {
        assertThat(ids("truce", Set.of(SearchKind.EVENT), Filter.none())).containsExactlyInAnyOrder("moscow-1#1",
                "istanbul-1#2");
        assertThat(ids("truce", Set.of(SearchKind.EVENT), Filter.none().withActors(Set.of("RUS"))))
                .containsExactly("moscow-1#1");
        assertThat(ids("", Set.of(SearchKind.EVENT), Filter.none().withActors(Set.of("UKR"))))
                .containsExactlyInAnyOrder("moscow-1#2", "istanbul-1#2");
        assertThat(ids("", Set.of(), Filter.none().withTypes(Set.of(EventType.AGREE))))
                .containsExactlyInAnyOrder("moscow-1", "moscow-1#2", "istanbul-1", "istanbul-1#2");
        assertThat(ids("", Set.of(), Filter.none().withIssues(Set.of("prisoners"))))
                .containsExactlyInAnyOrder("istanbul-1", "istanbul-1#2");
        assertThat(ids("", Set.of(), Filter.none().withDates(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 30))))
                .as("an event dated May overlaps, the article of May 16 does not").containsExactly("istanbul-1#2");
        assertThat(ids("", Set.of(SearchKind.QUOTE), Filter.none().withActors(Set.of("RUS"))))
                .containsExactly("moscow-1#q1");
    }

    @Test
    void filtersOnKeywordFieldsTypedInTheQuery() {
        assertThat(ids("truce AND actor:RUS AND kind:event", Set.of(), Filter.none())).containsExactly("moscow-1#1");
    }

    @Test
    void highlightsTheMatchedWordsInAnEscapedSnippet() {
        List<SearchHit> hits = index.search("nuances", Set.of(SearchKind.QUOTE), Filter.none(), 5);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.snippet()).isEqualTo("We are for it, but there are <b>nuances</b>,");
            assertThat(hit.speaker()).isEqualTo("the Russian president");
            assertThat(hit.actors()).containsExactly("RUS");
            assertThat(hit.articleId()).isEqualTo("moscow-1");
            assertThat(hit.title()).isEqualTo("Kremlin sets conditions for truce");
        });
        SearchHit event = index.search("\"truce, and then\"", Set.of(SearchKind.EVENT), Filter.none(), 5).get(0);
        assertThat(event.snippet())
                .isEqualTo("Russia turned down a 30-day <b>truce, and then</b> set conditions for any pause in fighting.");
        assertThat(event.type()).isEqualTo("REJECT");
        assertThat(event.date()).isEqualTo("2025-03-13");
    }

    @Test
    void leavesPageFurnitureOutOfTheArticleText() {
        assertThat(ids("march", Set.of(SearchKind.ARTICLE), Filter.none())).isEmpty();
    }

    @Test
    void ranksTheArticleWhoseTitleMatchesFirst() {
        List<SearchHit> hits = index.search("conditions", Set.of(), Filter.none(), 5);
        assertThat(hits.get(0).id()).isEqualTo("moscow-1");
    }

    @Test
    void reindexingAnArticleReplacesItsDocuments() {
        index.index(moscow());
        index.index(moscow());
        assertThat(index.articleCount()).isEqualTo(2);
        assertThat(ids("truce", Set.of(), Filter.none())).containsOnlyOnce("moscow-1", "moscow-1#1");
        CodedArticle shorter = new CodedArticle(moscow().article(), moscow().events().subList(1, 2), List.of());
        index.index(shorter);
        assertThat(ids("", Set.of(SearchKind.EVENT, SearchKind.QUOTE), Filter.none().withActors(Set.of("RUS"))))
                .as("Moscow's REJECT and quote are gone").containsExactly("istanbul-1#1");
    }

    @Test
    void deletesAnArticleWithItsEventsAndQuotes() {
        index.delete("moscow-1");
        index.delete("never-indexed");
        assertThat(ids("", Set.of(), Filter.none())).allMatch(id -> id.startsWith("istanbul-1"));
    }

    @Test
    void rejectsABrokenQueryNamingIt() {
        assertThatThrownBy(() -> index.search("\"truce AND (", Set.of(), Filter.none(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search query '\"truce AND (' is not valid: ")
                .hasMessageNotContaining("Was expecting");
        assertThatThrownBy(() -> index.search("truce", Set.of(), Filter.none(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> Filter.none().withIssues(Set.of("peace")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'peace'");
    }

    @Test
    void keepsCommittedDocumentsAcrossReopeningAndRebuilds(@TempDir Path directory) {
        try (SearchIndex onDisk = SearchIndex.open(directory.resolve("search"))) {
            onDisk.index(moscow());
            onDisk.commit();
        }
        try (SearchIndex reopened = SearchIndex.open(directory.resolve("search"))) {
            assertThat(reopened.articleCount()).isEqualTo(1);
            reopened.rebuild(List.of(istanbul()));
            assertThat(reopened.search("", Set.of(SearchKind.ARTICLE), Filter.none(), 5))
                    .extracting(SearchHit::id).containsExactly("istanbul-1");
        }
    }
}
