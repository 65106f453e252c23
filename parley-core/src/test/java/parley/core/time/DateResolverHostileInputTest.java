package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd, broken and huge input never throws and always yields well-formed mentions. */
class DateResolverHostileInputTest {
    private static final List<LocalDate> PUBLISHED = java.util.Arrays.asList(null, LocalDate.of(2025, 5, 22),
            LocalDate.of(2024, 2, 29), LocalDate.of(2024, 12, 30), LocalDate.MIN, LocalDate.MAX,
            LocalDate.of(9999, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(-5, 3, 1));
    private static final String[] TOKENS = {"May", "may", "21", "2025", "2,000", "-", "–", ",", ".", "/", "on",
        "in", "last", "next", "this", "week", "month", "year", "Monday", "Sunday,", "the", "day", "before",
        "after", "ago", "earlier", "days", "of", "that", "same", "early", "mid-", "end", "beginning", "29",
        "February", "Feb.", "31", "00", "99", "1999", "2099", "İstanbul", "ﬁ", "\u200B", "\u202E", "😀",
        "e\u0301", "\uD800", "\n", "  ", "12/13/2025", "31.02.2025", "2025-02-29", "2025-W53", "weekend"};
    private final DateResolver resolver = new DateResolver();

    static Stream<String> hostileSentences() {
        return Stream.of("", " ", "\u0000", "May", "May 2", "2025", "0000", "9999-99-99", "May 0", "May 32",
                "31 February 2025", "February 30", "21/21/2021", "00.00.2000", "May 21, 2,000",
                "2022202220222022", "12/12/12/12", "31.31.3131", "May May May 99 May", "1000 for 1000",
                "In İstanbul on Mayıs 21 (MAY 21) the ﬁrst talks", "\u202Eon May 21\u202C", "on May\u00A021",
                "on May 21😀, 2025", "the day before the day before the day before", "ago ago ago days",
                "Monday Monday, Monday the Monday", "in mid-", "at the end of", "the end of the",
                "12 days later 12 days ago 99 years ago", "on Sunday, February 29", "2025-W53 and 2020-W53",
                "\uD800\uDC00 May 21 \uDFFF", "since 1900 until 2099 after 2100 before 1899");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileSentences")
    void neverThrowsOnOddInput(String sentence) {
        for (LocalDate published : PUBLISHED) {
            for (Tense tense : Tense.values()) {
                assertThatCode(() -> checkWellFormed(sentence, resolver.find(sentence, published, published, tense)))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void neverThrowsOnRandomTokenSoup() {
        Random random = new Random(20250522L);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sentence = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                sentence.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
            }
            LocalDate published = PUBLISHED.get(random.nextInt(PUBLISHED.size()));
            LocalDate focus = PUBLISHED.get(random.nextInt(PUBLISHED.size()));
            Tense tense = Tense.values()[random.nextInt(Tense.values().length)];
            String text = sentence.toString();
            assertThatCode(() -> checkWellFormed(text, resolver.find(text, published, focus, tense)))
                    .as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void neverThrowsOnRandomCharacters() {
        Random random = new Random(7L);
        for (int round = 0; round < 500; round++) {
            int[] codePoints = random.ints(random.nextInt(200), 0, 0x1_0000).toArray();
            String text = new String(codePoints, 0, codePoints.length);
            assertThatCode(() -> checkWellFormed(text, resolver.find(text, LocalDate.of(2025, 5, 22), null,
                    Tense.UNKNOWN))).doesNotThrowAnyException();
        }
    }

    @Test
    @Timeout(20)
    void handlesAVeryLongSentenceInReasonableTime() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(3L);
        while (text.length() < 300_000) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
        }
        text.append("and on May 21 , , , , ").append(" ".repeat(50_000)).append("2,2,2,2,2,2");
        String sentence = text.toString();

        List<DateMention> mentions = resolver.find(sentence, LocalDate.of(2025, 5, 22), null, Tense.PAST);

        checkWellFormed(sentence, mentions);
        assertThat(mentions).isNotEmpty();
    }

    private static void checkWellFormed(String sentence, List<DateMention> mentions) {
        int reached = 0;
        for (DateMention mention : mentions) {
            assertThat(mention.start()).isGreaterThanOrEqualTo(reached);
            assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            if (mention.value() != null) {
                assertThat(Precision.of(mention.value())).isEqualTo(mention.precision());
            }
            reached = mention.end();
        }
    }
}
