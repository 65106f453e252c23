package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 2, 24);
    private final DateResolver resolver = new DateResolver();

    @Test
    void resolvesTheExamplesOfItsJavadoc() {
        assertThat(resolver.find("Last week, U.S. and Russian officials met in Riyadh.", MONDAY, null, Tense.PAST))
                .containsExactly(new DateMention(0, 9, "Last week", "2025-W08", Precision.WEEK, true));
        assertThat(resolver.find("Putin said on Monday that talks began on February 18.", MONDAY, null, Tense.PAST))
                .extracting(DateMention::text, DateMention::value)
                .containsExactly(tuple("on Monday", "2025-02-24"), tuple("on February 18", "2025-02-18"));
        assertThat(resolver.find("In September of that same year, Lavrov changed course.", null,
                LocalDate.of(2023, 4, 1), Tense.PAST)).extracting(DateMention::value).containsExactly("2023-09");
    }

    @Test
    void countsTheDaysOfAnIntervalWrittenBeforeAfter() {
        assertThat(DateResolver.daysIn("a", "day")).isEqualTo(1);
        assertThat(DateResolver.daysIn("one", "day")).isEqualTo(1);
        assertThat(DateResolver.daysIn("two", "days")).isEqualTo(2);
        assertThat(DateResolver.daysIn("just", "hours")).isZero();
        assertThat(DateResolver.daysIn("an", "hour")).isZero();
        assertThat(DateResolver.daysIn("several", "days")).as("a vague count fixes no day").isNull();
        assertThat(DateResolver.daysIn("the", "day")).isNull();
        assertThat(DateResolver.daysIn("two", "weeks")).isNull();
        assertThat(DateResolver.daysIn(null, null)).isNull();
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        List<String> sentences = List.of("They met on Monday.", "Talks on May 21-22 failed.", "Last week it ended.",
                "In April 2023 and in September of that same year.", "The day before, 2000 soldiers left.");
        List<List<DateMention>> expected = sentences.stream()
                .map(s -> resolver.find(s, MONDAY, null, Tense.PAST)).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int index = i % sentences.size();
                runs.add(pool.submit(() -> resolver.find(sentences.get(index), MONDAY, null, Tense.PAST)
                        .equals(expected.get(index))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }

    @Test
    void marksYearlessDatesAsRelativeAndWrittenOutDatesAsFixed() {
        List<DateMention> mentions = resolver.find("Talks on May 21 followed those of May 16, 2025.",
                LocalDate.of(2025, 5, 22), null, Tense.PAST);

        assertThat(mentions).extracting(DateMention::relative).containsExactly(true, false);
        assertThat(mentions).extracting(DateMention::precision).containsExactly(Precision.DAY, Precision.DAY);
    }

    @Test
    void keepsThePrecisionOfAnUnresolvedMention() {
        DateMention mention = resolver.find("Envoys met last week.", null, null, Tense.PAST).getFirst();

        assertThat(mention.value()).isNull();
        assertThat(mention.resolved()).isFalse();
        assertThat(mention.precision()).isEqualTo(Precision.WEEK);
        assertThat(mention.range()).isNull();
    }

    @Test
    void treatsNullTenseAsUnknown() {
        assertThat(resolver.find("They met on Thursday.", MONDAY, null, null))
                .extracting(DateMention::value).containsExactly("2025-02-20");
    }

    @Test
    void returnsAnEmptyListForNullOrBlankSentences() {
        assertThat(resolver.find(null, MONDAY, null, Tense.PAST)).isEmpty();
        assertThat(resolver.find("   \n\t", MONDAY, null, Tense.PAST)).isEmpty();
    }

    @Test
    void returnsAnImmutableList() {
        List<DateMention> mentions = resolver.find("Talks on May 21.", MONDAY, null, Tense.PAST);

        assertThatThrownBy(mentions::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsAFocusValueThatIsNoDate() {
        assertThatThrownBy(() -> resolver.findWithFocusValue("That day.", MONDAY, "2025-13", Tense.PAST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-13");
    }

    @Test
    void writesADayAsIsoDate() {
        assertThat(DateResolver.dateOf(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    }

    @Test
    void agreesAtTheGoldPrecisionOnly() {
        assertThat(DateResolver.agrees("2025-05-21", "2025-05")).isTrue();
        assertThat(DateResolver.agrees("2025-05", "2025-05-21")).isFalse();
        assertThat(DateResolver.agrees("2025-W21", "2025-05")).isTrue();
        assertThat(DateResolver.agrees("2025-W01", "2025")).isFalse();
        assertThat(DateResolver.agrees("2025-05-21", "2025-W21")).isTrue();
        assertThat(DateResolver.agrees(null, null)).isTrue();
        assertThat(DateResolver.agrees(null, "2025")).isFalse();
        assertThat(DateResolver.agrees("2025", null)).isFalse();
    }

    @Test
    void rejectsAMentionWhoseValueDoesNotMatchItsPrecision() {
        assertThatThrownBy(() -> new DateMention(0, 4, "2025", "2025", Precision.DAY, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025");
        assertThatThrownBy(() -> new DateMention(0, 5, "May", null, Precision.MONTH, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("May");
        assertThatThrownBy(() -> new DateMention(0, 3, "Mai", "2025-02-30", Precision.DAY, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-30");
    }
}
