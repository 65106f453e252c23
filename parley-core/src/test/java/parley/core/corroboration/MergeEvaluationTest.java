package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.model.Event;

/**
 * Pairwise precision and recall of merging on {@link VariantCorpus}: a pair of events is a true
 * pair when both report the same act, a found pair when they end up in the same incident.
 */
class MergeEvaluationTest {
    /** Measured 0.960 and 0.902 (the misses are real ambiguities: see {@link VariantCorpus}). */
    private static final double PRECISION_FLOOR = 0.93;
    private static final double RECALL_FLOOR = 0.87;

    @Test
    void mergesGeneratedVariantsWithHighPairwisePrecisionAndRecall() {
        VariantCorpus corpus = new VariantCorpus(20250318L);
        Corroboration found = Corroborator.corroborate(corpus.events, corpus.articles.values(), corpus.syndication);
        Map<String, String> incidentOf = new HashMap<>();
        for (Incident incident : found.incidents()) {
            incident.eventIds().forEach(id -> incidentOf.put(id, incident.id()));
        }
        int truePairs = 0;
        int foundPairs = 0;
        int correct = 0;
        List<Event> events = corpus.events;
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                String a = events.get(i).id();
                String b = events.get(j).id();
                boolean same = corpus.truth.get(a).equals(corpus.truth.get(b));
                boolean merged = incidentOf.get(a).equals(incidentOf.get(b));
                truePairs += same ? 1 : 0;
                foundPairs += merged ? 1 : 0;
                correct += same && merged ? 1 : 0;
            }
        }
        double precision = (double) correct / foundPairs;
        double recall = (double) correct / truePairs;
        System.out.printf(Locale.ROOT, "corroboration on generated variants: %d events, %d articles, %d acts -> "
                        + "%d incidents; pairs true %d, found %d, correct %d; precision %.3f, recall %.3f%n",
                events.size(), corpus.articles.size(), VariantCorpus.ACTS.size(), found.incidents().size(), truePairs,
                foundPairs, correct, precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void countsSyndicatedReprintsAsOneOutlet() {
        VariantCorpus corpus = new VariantCorpus(20250318L);
        for (Incident incident : Corroborator.incidents(corpus.events, corpus.articles.values(), corpus.syndication)) {
            assertThat(incident.outlets()).doesNotContain("yahoo.com");
            assertThat(incident.outletCount()).isLessThanOrEqualTo(incident.articleIds().size());
        }
    }

    @Test
    void flagsNoContradictionBetweenTheGeneratedActs() {
        // The only accept/reject pair on one subject (Kyiv accepting, Moscow rejecting the truce) has
        // different actors, so nothing may be flagged.
        VariantCorpus corpus = new VariantCorpus(20250318L);
        assertThat(Corroborator.corroborate(corpus.events, corpus.articles.values(), corpus.syndication)
                .contradictions()).isEmpty();
    }

    @Test
    void mergesTheSameWayInAnyInputOrder() {
        VariantCorpus corpus = new VariantCorpus(7L);
        List<Incident> reference = Corroborator.incidents(corpus.events, corpus.articles.values(),
                corpus.syndication);
        List<Event> shuffled = new ArrayList<>(corpus.events);
        Random random = new Random(11);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(shuffled, random);
            assertThat(Corroborator.incidents(shuffled, corpus.articles.values(), corpus.syndication))
                    .isEqualTo(reference);
        }
        Set<String> ids = new HashSet<>();
        reference.forEach(incident -> ids.addAll(incident.eventIds()));
        assertThat(ids).hasSize(corpus.events.size());
    }
}
