package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The table of date expressions in {@code date-cases.csv}, one sentence a row. */
class DateResolverCasesTest {
    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "[{index}] {0} (published {1}, focus {2}, {3})")
    @CsvFileSource(resources = "/parley/core/time/date-cases.csv", delimiter = '|', numLinesToSkip = 1,
            quoteCharacter = '`', maxCharsPerColumn = 4096)
    void resolvesEachExpressionAsTheTableSays(String sentence, String published, String focus, String tense,
                                              String values, String texts) {
        LocalDate publishedDate = published == null ? null : LocalDate.parse(published);
        Tense clauseTense = tense == null ? Tense.UNKNOWN : Tense.valueOf(tense.toUpperCase(Locale.ROOT));
        List<DateMention> mentions = focus == null || Precision.of(focus) == Precision.DAY
                ? resolver.find(sentence, publishedDate, focus == null ? null : LocalDate.parse(focus), clauseTense)
                : resolver.findWithFocusValue(sentence, publishedDate, focus, clauseTense);

        assertThat(mentions).extracting(DateMention::value).containsExactlyElementsOf(expected(values));
        assertThat(mentions).extracting(DateMention::text).containsExactlyElementsOf(expected(texts));
        for (DateMention mention : mentions) {
            assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
    }

    private static List<String> expected(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(";")).map(v -> v.equals("null") ? null : v).toList();
    }
}
