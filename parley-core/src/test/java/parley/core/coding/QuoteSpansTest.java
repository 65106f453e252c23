package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {
    private static List<String> quoted(String text) {
        return QuoteExtractor.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsSpeechInCurlyAndStraightMarks() {
        assertThat(quoted("“We are ready to continue contacts,” Medinsky said.\n\"The ball is in their court,\" he said."))
                .containsExactly("We are ready to continue contacts,", "The ball is in their court,");
    }

    @Test
    void skipsScareQuotesNamesAndQuotesCutOffAtTheParagraphEnd() {
        assertThat(quoted("Moscow called it a “special operation”.")).isEmpty();
        assertThat(quoted("Leaders of the “Coalition of the Willing” met in Paris.")).isEmpty();
        assertThat(quoted("He said “we will never accept these terms\nand left.")).isEmpty();
    }

    @Test
    void keepsApostrophesInsideSingleQuotedSpeech() {
        assertThat(quoted("Rubio said: ‘A security guarantee doesn’t need more talks.’"))
                .containsExactly("A security guarantee doesn’t need more talks.");
    }
}
