package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import parley.model.EventType;
import parley.model.nlp.Token;

class LinearEventProposerTest {
    private static final LinearEventProposer PROPOSER = proposer(Map.of("w=ceasefire", 2.0, "actors=2", 1.5,
            "actors=0", -3.0, "sentence=0", 0.5), -3.0, 0.5);

    @Test
    void mayProposeOnlyWhenSomeChoiceOfTheUnknownFeaturesReachesTheThreshold() {
        List<List<String>> actors = List.of(List.of("actors=0", "actors=1", "actors=2", "actors=3"));
        // -3 + 2 + 1.5 > 0: with two actors named
        assertThat(PROPOSER.mayPropose(List.of("w=ceasefire"), actors)).isTrue();
        assertThat(PROPOSER.probability(EventType.AGREE, List.of("w=ceasefire", "actors=2"))).isGreaterThan(0.5);
        // -3 + 1.5 < 0 whatever the count
        assertThat(PROPOSER.mayPropose(List.of("w=truce"), actors)).isFalse();
        // -3 + 2 + 0.5 < 0 when the count is known to be 0
        assertThat(PROPOSER.mayPropose(List.of("w=ceasefire", "sentence=0"), List.of(List.of("actors=0")))).isFalse();
    }

    @Test
    void neverTurnsDownASentenceTheProposerWouldProposeFrom() {
        LinearEventProposer shipped = LinearEventProposer.loadDefault();
        List<String> names = new ArrayList<>();
        shipped.text().lines().map(line -> line.split("\t")).filter(f -> f.length == 3 && !f[1].equals("bias"))
                .forEach(f -> names.add(f[1]));
        Random random = new Random(7);
        List<String> groups = List.of("actors=0", "actors=1", "actors=2", "actors=3");
        int proposed = 0;
        for (int round = 0; round < 2000; round++) {
            List<String> known = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                String name = names.get(random.nextInt(names.size()));
                if (!name.startsWith("actors=") && !known.contains(name)) {
                    known.add(name);
                }
            }
            List<String> withActors = new ArrayList<>(known);
            withActors.add(groups.get(random.nextInt(4)));
            boolean any = false;
            for (EventType type : EventType.values()) {
                any |= shipped.probability(type, withActors) >= shipped.threshold();
            }
            if (any) {
                proposed++;
                assertThat(shipped.mayPropose(known, List.of(groups))).as("%s", withActors).isTrue();
            }
        }
        assertThat(proposed).isPositive();
    }

    @Test
    void sentenceFeaturesBeforeAParseAreTheWordsOfTheSentence() {
        Token ceasefire = new Token("ceasefire", "ceasefire", "NN", "O", 0, 9);
        Token period = new Token(".", ".", ".", "O", 9, 10);
        LinearEventProposer wordOnly = proposer(Map.of("w=ceasefire", 4.0), -3.0, 0.5);
        assertThat(SentenceFeatures.mayBeProposed(wordOnly, List.of(ceasefire, period), "ceasefire.", 5,
                CodingLexicon.loadDefault())).isTrue();
        assertThat(SentenceFeatures.mayBeProposed(wordOnly, List.of(period), ".", 5, CodingLexicon.loadDefault()))
                .isFalse();
    }

    private static LinearEventProposer proposer(Map<String, Double> weights, double bias, double threshold) {
        Map<EventType, Map<String, Double>> byType = new EnumMap<>(EventType.class);
        byType.put(EventType.AGREE, weights);
        return new LinearEventProposer(byType, Map.of(EventType.AGREE, bias), threshold);
    }
}
