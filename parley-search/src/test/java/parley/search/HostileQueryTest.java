package parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.store.Filter;
import parley.model.Article;
import parley.model.CodedArticle;

/** Whatever a user types, the answer is hits or an IllegalArgumentException naming the query. */
class HostileQueryTest {
    private static SearchIndex index;

    @BeforeAll
    static void fill() {
        index = SearchIndex.inMemory();
        index.index(SearchIndexTest.moscow());
        index.index(SearchIndexTest.istanbul());
        index.index(new CodedArticle(new Article("empty-1", null, null, null, null, "", null, null, List.of()),
                List.of(), List.of()));
        index.index(new CodedArticle(new Article("odd-1", null, null, null, "\u202Eİİİ 🕊\u0000",
                "Zero\u200Bwidth, ﬁ ligature, Ꙭ, e\u0301, 🕊🕊 peace.", null, null, List.of()), List.of(), List.of()));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void namesTheQueryForEachKindOfBrokenSyntax() {
        for (String broken : List.of("\"", "(truce", "truce)", "AND", "title:", "*truce", "[a TO", "\\", "truce^",
                "a AND OR b")) {
            assertThatThrownBy(() -> index.search(broken, Set.of(), Filter.none(), 5)).as("%s", broken)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("search query '" + broken + "' is not valid: ");
        }
    }

    @Test
    void answersRandomInputWithHitsOrANamedError() {
        String alphabet = "ab truce\"()[]{}:*?~^\\/!+-&|İı🕊\u0000";
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder query = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                query.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            try {
                assertThat(index.search(query.toString(), Set.of(), Filter.none(), 5)).isNotNull();
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).startsWith("search query '" + query + "'");
            }
        }
    }

    @Test
    void findsWordsInOddUnicodeAndSurvivesEmptyArticles() {
        assertThat(index.search("peace", Set.of(SearchKind.ARTICLE), Filter.none(), 5)).extracting(SearchHit::id)
                .containsExactly("odd-1");
        assertThat(index.search("", Set.of(SearchKind.ARTICLE), Filter.none(), 10)).hasSize(4);
    }
}
