package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void removesEveryKindOfQuotationMarkAndCollapsesSpace() {
        assertThat(QuoteText.normalise("  \u201CWe  don\u2019t\n want\u00A0\u00ABthis\u00BB\u201D ")).isEqualTo("we dont want this");
        assertThat(QuoteText.normalise("\"We don't want \u201Ethis\u201C\"")).isEqualTo("we dont want this");
        assertThat(QuoteText.normalise("\u2018Peace\u2019 \u2039now\u203A")).isEqualTo("peace now");
    }

    @Test
    void lowerCasesWithTheRootLocaleUnderATurkishDefault() {
        // Under tr-TR, "I".toLowerCase() is a dotless ı; matching must not depend on the machine.
        assertThat(QuoteText.normalise("IT IS TIME")).isEqualTo("it is time");
    }

    @Test
    void overlapIsTheLongestCommonSubstring() {
        assertThat(QuoteText.overlap("abcdef", "xxcdexx")).isEqualTo(3);
        // A subsequence measure would say 4 (a, c, e, g); the contiguous overlap is 1.
        assertThat(QuoteText.overlap("abcdefg", "aXcXeXg")).isEqualTo(1);
        assertThat(QuoteText.overlap("", "abc")).isZero();
        assertThat(QuoteText.overlap("same", "same")).isEqualTo(4);
    }

    @Test
    void matchesAtExactlyHalfOfTheShorterTextButNotBelow() {
        String gold = QuoteText.normalise("ABCDEFGHIJ"); // 10 characters
        assertThat(QuoteText.matches(gold, "abcdexxxxxxxxxxxx")).isTrue();   // overlap 5 = half
        assertThat(QuoteText.matches(gold, "abcdxxxxxxxxxxxxx")).isFalse();  // overlap 4 < half
        // Odd length: 9 characters need an overlap of 5 (2 * 4 = 8 < 9).
        assertThat(QuoteText.matches("abcdefghi", "abcdezzzzzzz")).isTrue();
        assertThat(QuoteText.matches("abcdefghi", "abcdzzzzzzzz")).isFalse();
    }

    @Test
    void matchesAQuoteCutShortInsideALongerOne() {
        String gold = QuoteText.normalise("\u201CThe talks will go on, but we won\u2019t accept a frozen conflict\u201D");
        String system = QuoteText.normalise("we won't accept a frozen conflict");
        assertThat(QuoteText.matches(gold, system)).isTrue();
        assertThat(QuoteText.matches("", "")).isFalse();
    }
}
