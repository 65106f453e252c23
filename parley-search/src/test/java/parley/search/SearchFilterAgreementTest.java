package parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.store.Filter;
import parley.core.store.MixedReports;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;

/**
 * The search index keeps to the one {@link Filter}: for random filters, a search for everything
 * finds exactly the articles, events and quotes that {@code Filter.matches} lets through. The
 * store's contract suite checks its SQL against the same methods, so search and the lists agree.
 */
class SearchFilterAgreementTest {
    private static final String[] ACTORS = {"RUS", "UKR", "EU", "EUR", "USA", "CHN"};
    private static final EventType[] TYPES = {EventType.AGREE, EventType.REJECT, EventType.SUPPORT, EventType.REQUEST,
            EventType.ACCUSE, EventType.THREATEN};
    private static final String[] ISSUES = {"ceasefire", "prisoners", "energy", "sanctions"};
    private static final int EVERYTHING = 10_000;

    private static List<CodedArticle> articles;
    private static SearchIndex index;

    @BeforeAll
    static void fill() {
        articles = MixedReports.articles(160, 23L);
        index = SearchIndex.inMemory();
        articles.forEach(index::index);
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void findsWhatTheFilterLetsThroughForEveryKindOfHit() {
        Random random = new Random(41);
        int nonEmpty = 0;
        for (int round = 0; round < 200; round++) {
            Filter filter = randomFilter(random);
            Set<String> expected = expected(filter);
            Set<String> found = new TreeSet<>();
            index.search("", Set.of(), filter, EVERYTHING).forEach(hit -> found.add(hit.kind() + " " + hit.id()));
            assertThat(found).as("hits of %s", filter).isEqualTo(expected);
            if (!expected.isEmpty()) {
                nonEmpty++;
            }
        }
        // The filters are not so narrow that the agreement is between two empty lists.
        assertThat(nonEmpty).isGreaterThan(100);
    }

    @Test
    void agreesWithTheFilterWithinAKindToo() {
        Filter filter = Filter.none().withActors(Set.of("RUS", "EU"));
        Set<String> found = new TreeSet<>();
        index.search("", Set.of(SearchKind.QUOTE), filter, EVERYTHING).forEach(hit -> found.add(hit.kind() + " " + hit.id()));
        Set<String> expected = new TreeSet<>(expected(filter));
        expected.removeIf(id -> !id.startsWith(SearchKind.QUOTE + " "));
        assertThat(found).isNotEmpty().isEqualTo(expected);
    }

    /** The hits {@code Filter.matches} allows, as "KIND id". */
    private static Set<String> expected(Filter filter) {
        Set<String> ids = new TreeSet<>();
        for (CodedArticle coded : articles) {
            if (filter.matches(coded)) {
                ids.add(SearchKind.ARTICLE + " " + coded.article().id());
            }
            for (Event event : coded.events()) {
                if (filter.matches(event)) {
                    ids.add(SearchKind.EVENT + " " + event.id());
                }
            }
            int number = 1;
            for (Quote quote : coded.quotes()) {
                String id = coded.article().id() + "#q" + number++;
                if (filter.matches(quote)) {
                    ids.add(SearchKind.QUOTE + " " + id);
                }
            }
        }
        return ids;
    }

    private static Filter randomFilter(Random random) {
        Filter filter = Filter.none();
        if (random.nextInt(3) == 0) {
            filter = filter.withActors(some(random, ACTORS));
        }
        if (random.nextInt(3) == 0) {
            List<EventType> types = new ArrayList<>();
            for (String name : some(random, names(TYPES))) {
                types.add(EventType.valueOf(name));
            }
            filter = filter.withTypes(types);
        }
        if (random.nextInt(3) == 0) {
            filter = filter.withIssues(some(random, ISSUES));
        }
        if (random.nextInt(2) == 0) {
            LocalDate since = random.nextBoolean() ? null : LocalDate.of(2025, 2, 20).plusDays(random.nextInt(50));
            LocalDate until = random.nextBoolean() ? null
                    : (since == null ? LocalDate.of(2025, 2, 20) : since).plusDays(random.nextInt(30));
            filter = filter.withDates(since, until);
        }
        return filter;
    }

    private static Set<String> some(Random random, String[] values) {
        Set<String> chosen = new LinkedHashSet<>();
        int count = 1 + random.nextInt(2);
        while (chosen.size() < count) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }

    private static String[] names(EventType[] types) {
        String[] names = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            names[i] = types[i].name();
        }
        return names;
    }
}
