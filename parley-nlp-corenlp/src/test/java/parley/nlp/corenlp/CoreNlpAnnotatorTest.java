package parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

@Tag("corenlp")
class CoreNlpAnnotatorTest {
    private static CoreNlpAnnotator nlp;

    @BeforeAll
    static void load() {
        nlp = CoreNlpAnnotator.load();
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String text = "Headline without a stop\nSergey Lavrov rejected the “truce” on Monday.";
        AnnotatedText parsed = nlp.annotate(text);
        assertThat(parsed.sentences()).hasSize(2);
        for (Sentence sentence : parsed.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.begin(), token.end())).isEqualTo(token.word());
            }
        }
    }

    @Test
    void parsesSubjectAndObjectAndTagsPeopleAndPlaces() {
        String text = "Russian Foreign Minister Sergey Lavrov rejected the proposal in Istanbul on May 21.";
        Sentence sentence = nlp.annotate(text).sentences().get(0);
        int rejected = indexOf(sentence, "rejected");
        assertThat(sentence.dependencies()).contains(new Dependency("nsubj", rejected, indexOf(sentence, "Lavrov")));
        assertThat(sentence.dependencies()).contains(new Dependency("obj", rejected, indexOf(sentence, "proposal")));
        // Statistical 4-class NER only: no SUTime, no numeric or fine-grained classes (dates are
        // Parley's own DateResolver's job, countries and nationalities the actor dictionary's).
        assertThat(sentence.tokens().get(indexOf(sentence, "May")).ner()).isEqualTo("O");
        assertThat(sentence.tokens().get(indexOf(sentence, "Istanbul")).ner()).isEqualTo("LOCATION");
        assertThat(sentence.tokens().get(indexOf(sentence, "Lavrov")).ner()).isEqualTo("PERSON");
    }

    @Test
    void parsesOnlyTheSentencesTheFilterAsksForAndTagsTheOthers() {
        String text = "The talks resumed in Geneva.\nLavrov rejected the proposal.\nIt rained.";
        AnnotatedText all = nlp.annotate(text);
        AnnotatedText some = nlp.annotate(text, sentence -> sentence.index() == 1);
        assertThat(some.sentences()).extracting(Sentence::parsed).containsExactly(false, true, false);
        assertThat(some.sentences().get(0).dependencies()).isEmpty();
        assertThat(some.sentences().get(1)).isEqualTo(all.sentences().get(1));
        for (int i = 0; i < all.sentences().size(); i++) {
            assertThat(some.sentences().get(i).tokens()).isEqualTo(all.sentences().get(i).tokens());
        }
        assertThat(some.sentences().get(0).tokens().get(4).ner()).isEqualTo("LOCATION");
    }

    @Test
    void showsTheFilterTheTaggedSentenceBeforeItIsParsed() {
        java.util.List<Sentence> asked = new java.util.ArrayList<>();
        nlp.annotate("Kyiv accepted the offer. Moscow said nothing.", sentence -> asked.add(sentence));
        assertThat(asked).hasSize(2).allSatisfy(sentence -> {
            assertThat(sentence.dependencies()).isEmpty();
            assertThat(sentence.tokens()).allSatisfy(token -> assertThat(token.pos()).isNotNull());
        });
        assertThat(asked.get(0).tokens().get(1).lemma()).isEqualTo("accept");
    }

    private static int indexOf(Sentence sentence, String word) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (sentence.tokens().get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }
}
