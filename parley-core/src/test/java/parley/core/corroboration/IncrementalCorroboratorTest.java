package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.core.store.MixedReports;
import parley.core.time.DateRange;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;

/**
 * Incremental corroboration against the batch: articles arrive one at a time in random orders,
 * each merged into the incidents kept so far through an index that answers the windows exactly
 * as written (no store involved), and the incidents and contradictions must equal
 * {@link Corroborator}'s over everything at the end, every time.
 */
class IncrementalCorroboratorTest {

    @Test
    void endsWithTheBatchIncidentsWhateverTheOrderArticlesArriveIn() {
        VariantCorpus corpus = new VariantCorpus(20250318L);
        Map<String, List<Event>> byDoc = new LinkedHashMap<>();
        corpus.events.forEach(event -> byDoc.computeIfAbsent(event.doc(), doc -> new ArrayList<>()).add(event));
        List<CodedArticle> articles = new ArrayList<>();
        byDoc.forEach((doc, events) -> articles.add(new CodedArticle(corpus.articles.get(doc), events, List.of())));
        for (long seed = 1; seed <= 5; seed++) {
            checkAgainstBatch(articles, seed);
        }
    }

    @Test
    void endsWithTheBatchIncidentsOnReportsOfEveryPrecisionAndQualifier() {
        List<CodedArticle> articles = MixedReports.articles(150, 99L);
        for (long seed = 1; seed <= 3; seed++) {
            checkAgainstBatch(articles, seed);
        }
    }

    private static void checkAgainstBatch(List<CodedArticle> articles, long seed) {
        List<CodedArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(seed));
        MemoryIndex index = new MemoryIndex();
        shuffled.forEach(index::add);
        List<Event> events = new ArrayList<>();
        List<Article> stubs = new ArrayList<>();
        articles.forEach(coded -> {
            events.addAll(coded.events());
            stubs.add(coded.article());
        });
        Corroboration batch = Corroborator.corroborate(events, stubs, Map.of());
        assertThat(index.incidents()).as("seed " + seed).isEqualTo(batch.incidents());
        assertThat(index.contradictions()).as("seed " + seed).isEqualTo(batch.contradictions());
    }

    /** Reports, components and incidents in memory; windows answered by reading every key. */
    private static final class MemoryIndex implements ReportIndex {
        private final List<StoredReport> reports = new ArrayList<>();
        private final Map<Long, List<Incident>> incidents = new HashMap<>();
        private final Map<String, Contradiction> contradictions = new LinkedHashMap<>();
        private long next = 1;

        void add(CodedArticle coded) {
            List<StoredReport> fresh = new ArrayList<>();
            for (Event event : coded.events()) {
                StoredReport report = new StoredReport(event, coded.article(), next++);
                reports.add(report);
                fresh.add(report);
            }
            List<Incident> changed = new ArrayList<>();
            for (IncrementalCorroborator.Update update : IncrementalCorroborator.merge(fresh, this)) {
                for (Long old : update.replaced()) {
                    for (Incident gone : incidents.getOrDefault(old, List.of())) {
                        contradictions.values().removeIf(c -> c.accepting().id().equals(gone.id())
                                || c.rejecting().id().equals(gone.id()));
                    }
                    incidents.remove(old);
                }
                reports.replaceAll(report -> update.replaced().contains(report.component())
                        ? new StoredReport(report.event(), report.article(), update.component()) : report);
                incidents.put(update.component(), update.incidents());
                changed.addAll(update.incidents());
            }
            for (Contradiction contradiction : IncrementalCorroborator.contradictions(changed, this)) {
                contradictions.put(contradiction.accepting().id() + "|" + contradiction.rejecting().id() + "|"
                        + contradiction.actorCode(), contradiction);
            }
        }

        List<Incident> incidents() {
            List<Incident> all = new ArrayList<>();
            incidents.values().forEach(all::addAll);
            all.sort(java.util.Comparator.comparing((Incident incident) -> parley.core.time.IsoDates.firstDay(incident.date()),
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(Incident::id));
            return all;
        }

        List<Contradiction> contradictions() {
            List<Contradiction> all = new ArrayList<>(contradictions.values());
            all.sort(Contradictions.ORDER);
            return all;
        }

        @Override
        public List<StoredReport> find(Collection<ReportWindow> windows) {
            List<StoredReport> found = new ArrayList<>();
            for (StoredReport report : reports) {
                ReportKey key = IncrementalCorroborator.key(report.event(), report.article());
                for (ReportWindow window : windows) {
                    if (inside(key, window)) {
                        found.add(report);
                        break;
                    }
                }
            }
            return found;
        }

        private static boolean inside(ReportKey key, ReportWindow window) {
            return key.bucket().equals(window.bucket()) && window.kinds().contains(key.kind())
                    && key.actorCodes().stream().anyMatch(window.actorCodes()::contains)
                    && within(key.first(), window.firstFrom(), window.firstTo())
                    && within(key.last(), window.lastFrom(), null)
                    && within(key.published(), window.publishedFrom(), window.publishedTo());
        }

        private static boolean within(LocalDate value, LocalDate from, LocalDate to) {
            if (from == null && to == null) {
                return true;
            }
            return value != null && (from == null || !value.isBefore(from)) && (to == null || !value.isAfter(to));
        }

        @Override
        public List<StoredReport> members(Set<Long> components) {
            return reports.stream().filter(report -> components.contains(report.component())).toList();
        }

        @Override
        public List<Incident> counterparts(List<CounterpartQuery> queries) {
            List<Incident> found = new ArrayList<>();
            for (Incident incident : incidents()) {
                for (CounterpartQuery query : queries) {
                    if (query.types().contains(incident.type()) && incident.date() != null
                            && Contradictions.canonical(incident.actorCodes()).stream().anyMatch(query.actorCodes()::contains)
                            && MergeRules.overlap(DateRange.of(incident.date()), new DateRange(query.first(), query.last()))) {
                        found.add(incident);
                        break;
                    }
                }
            }
            return found;
        }
    }
}
