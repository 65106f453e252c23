package parley.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

class WhitespaceAnnotatorTest {
    private final WhitespaceAnnotator annotator = new WhitespaceAnnotator();

    @Test
    void splitsSentencesAtLineBreaksAndFinalStops() {
        String text = "Talks resumed in Istanbul. Both sides came\nKYIV (Reuters) - Nothing else";
        AnnotatedText annotated = annotator.annotate(text, null);
        assertThat(annotated.sentences()).extracting(s -> text.substring(s.begin(), s.end()))
                .containsExactly("Talks resumed in Istanbul.", "Both sides came", "KYIV (Reuters) - Nothing else");
        assertThat(annotated.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void splitsPunctuationOffWordsWithOffsetsIntoTheText() {
        String text = "  \"We are ready,\" Zelensky said.";
        List<Token> tokens = annotator.annotate(text, null).sentences().get(0).tokens();
        assertThat(tokens).extracting(Token::word)
                .containsExactly("\"", "We", "are", "ready", ",", "\"", "Zelensky", "said", ".");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word()));
        assertThat(tokens).extracting(Token::lemma).contains("we", "zelensky");
        assertThat(tokens).allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
    }

    @Test
    void lowerCasesLemmasWithoutTheDefaultLocale() {
        // Under the Turkish default locale of the test run, "I".toLowerCase() would be a dotless ı.
        Token token = annotator.annotate("IRAN", null).sentences().get(0).tokens().get(0);
        assertThat(token.lemma()).isEqualTo("iran");
    }

    @Test
    void annotatesBlankAndPunctuationOnlyText() {
        assertThat(annotator.annotate("", null).sentences()).isEmpty();
        assertThat(annotator.annotate(" \n\n\t ", null).sentences()).isEmpty();
        assertThat(annotator.annotate("...", null).sentences().get(0).tokens()).hasSize(3);
        assertThat(annotator.annotate("…", null).sentences()).hasSize(1);
    }
}
