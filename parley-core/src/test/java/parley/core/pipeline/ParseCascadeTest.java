package parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingFixtures;
import parley.core.coding.CodingLexicon;
import parley.core.coding.LinearEventFilter;
import parley.core.coding.LinearEventProposer;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.RuleBasedEventCoder;
import parley.core.nlp.ParseFilter;
import parley.core.nlp.ReplayAnnotator;
import parley.core.time.DateResolver;
import parley.model.Article;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * The cascade on the coding fixtures (CoreNLP annotations replayed): the sentences it leaves
 * unparsed change no event (of the rules, the learned filter and the learned proposer) and no quote. parley-nlp-corenlp's {@code ParseCascadeOnCorporaTest}
 * checks the same on the shared corpora with the real parser.
 */
class ParseCascadeTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final CodingLexicon LEXICON = CodingLexicon.loadDefault();
    private static final ParseCascade CASCADE = new ParseCascade(ACTORS, LEXICON, new DateResolver(),
            LinearEventProposer.loadDefault());

    @ParameterizedTest
    @ValueSource(strings = {"jeddah", "istanbul", "quotes", "attribution", "undated", "constructions"})
    void leavesUnparsedOnlySentencesThatCodeNothing(String name) throws URISyntaxException {
        Article article = fixture(name);
        ReplayAnnotator replay = ReplayAnnotator.fromResource(article.bodyText(),
                "/parley/core/coding/" + name + ".annotations.json");
        AnnotatedText full = replay.annotate(article.bodyText());
        AnnotatedText cascaded = replay.annotate(article.bodyText(), CASCADE.filter(article));
        assertThat(coded(article, cascaded)).isEqualTo(coded(article, full));
        assertThat(quotes(article, cascaded)).isEqualTo(quotes(article, full));
    }

    @Test
    void skipsSentencesOnTheFixtures() throws URISyntaxException {
        long sentences = 0;
        long parsed = 0;
        for (String name : List.of("jeddah", "istanbul", "quotes", "attribution", "undated", "constructions")) {
            Article article = fixture(name);
            AnnotatedText cascaded = ReplayAnnotator.fromResource(article.bodyText(),
                    "/parley/core/coding/" + name + ".annotations.json").annotate(article.bodyText(), CASCADE.filter(article));
            for (Sentence sentence : cascaded.sentences()) {
                sentences++;
                parsed += sentence.parsed() ? 1 : 0;
            }
        }
        assertThat(parsed).isPositive().isLessThan(sentences);
    }

    @Test
    void parsesASentenceWithATriggerWordAndNotOneWithout() {
        Article article = article("Russia rejected the proposal.\nThe weather was cold in the city.", LocalDate.of(2025, 5, 2));
        ParseFilter filter = CASCADE.filter(article);
        assertThat(filter.needsParse(sentence(article, 0, "Russia/russia/NNP/LOCATION", "rejected/reject/VBD/O",
                "the/the/DT/O", "proposal/proposal/NN/O", "./././O"))).isTrue();
        assertThat(filter.needsParse(sentence(article, 1, "The/the/DT/O", "weather/weather/NN/O", "was/be/VBD/O",
                "cold/cold/JJ/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O"))).isFalse();
    }

    @Test
    void parsesASentenceTheProposerMayFindAnActInWhateverTheParseFinds() {
        Map<EventType, Map<String, Double>> weights = new EnumMap<>(EventType.class);
        // an act when the weather is named with two actors or more: known only after a parse
        weights.put(EventType.THREATEN, Map.of("w=weather", 2.0, "actors=2", 1.5, "actors=3", 1.5));
        ParseCascade cascade = new ParseCascade(ACTORS, LEXICON, new DateResolver(),
                new LinearEventProposer(weights, Map.of(EventType.THREATEN, -3.0), 0.5));
        Article article = article("The weather was cold in the city.\nThe rain was cold in the city.", LocalDate.of(2025, 5, 2));
        ParseFilter filter = cascade.filter(article);
        assertThat(filter.needsParse(sentence(article, 0, "The/the/DT/O", "weather/weather/NN/O", "was/be/VBD/O",
                "cold/cold/JJ/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O"))).isTrue();
        assertThat(filter.needsParse(sentence(article, 1, "The/the/DT/O", "rain/rain/NN/O", "was/be/VBD/O",
                "cold/cold/JJ/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O"))).isFalse();
        assertThat(CASCADE.filter(article).needsParse(sentence(article, 0, "The/the/DT/O", "weather/weather/NN/O",
                "was/be/VBD/O", "cold/cold/JJ/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O"))).isFalse();
    }

    @Test
    void parsesASentenceThatTouchesAQuote() {
        Article article = article("The weather, he said, \"was cold in the city\" today.", LocalDate.of(2025, 5, 2));
        assertThat(CASCADE.filter(article).needsParse(sentence(article, 0, "The/the/DT/O", "weather/weather/NN/O",
                ",/,/,/O", "he/he/PRP/O", "said/say/VBD/O", ",/,/,/O", "\"/\"/``/O", "was/be/VBD/O", "cold/cold/JJ/O",
                "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "\"/\"/''/O", "today/today/NN/O", "./././O"))).isTrue();
    }

    @Test
    void parsesASentenceThatIntroducesAPersonTheDictionaryDoesNotKnowButNotAKnownOne() {
        Article article = article("The envoy Ivan Zorkin was in the city.\nVladimir Putin was in the city.", LocalDate.of(2025, 5, 2));
        ParseFilter filter = CASCADE.filter(article);
        assertThat(filter.needsParse(sentence(article, 0, "The/the/DT/O", "envoy/envoy/NN/O", "Ivan/Ivan/NNP/PERSON",
                "Zorkin/Zorkin/NNP/PERSON", "was/be/VBD/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O")))
                .isTrue();
        assertThat(filter.needsParse(sentence(article, 1, "Vladimir/Vladimir/NNP/PERSON", "Putin/Putin/NNP/PERSON",
                "was/be/VBD/O", "in/in/IN/O", "the/the/DT/O", "city/city/NN/O", "./././O"))).isFalse();
    }

    @Test
    void parsesASentenceThatNamesADateOnlyWhenTheArticleHasNoPublicationDate() {
        String text = "The weather was cold in the city on Monday.";
        String[] tokens = {"The/the/DT/O", "weather/weather/NN/O", "was/be/VBD/O", "cold/cold/JJ/O", "in/in/IN/O",
            "the/the/DT/O", "city/city/NN/O", "on/on/IN/O", "Monday/Monday/NNP/O", "./././O"};
        Article dated = article(text, LocalDate.of(2025, 5, 2));
        Article undated = article(text, null);
        assertThat(CASCADE.filter(dated).needsParse(sentence(dated, 0, tokens))).isFalse();
        assertThat(CASCADE.filter(undated).needsParse(sentence(undated, 0, tokens))).isTrue();
    }

    private static List<Event> coded(Article article, AnnotatedText text) {
        return new RuleBasedEventCoder(ACTORS, LEXICON, new DateResolver(), LinearEventFilter.loadDefault(),
                LinearEventProposer.loadDefault()).code(article, text, quotes(article, text));
    }

    private static List<Quote> quotes(Article article, AnnotatedText text) {
        return new QuoteExtractor(ACTORS, LEXICON).extract(article, text);
    }

    private static Article fixture(String name) throws URISyntaxException {
        return CodingFixtures.read(CodingFixtures.resource(name + ".txt"));
    }

    private static Article article(String text, LocalDate published) {
        return new Article("a", null, null, published, null, text, "en", "test", List.of());
    }

    /**
     * Sentence {@code index} of a one-line-per-sentence text, its tokens written word/lemma/POS/NER
     * in order, separated in the text by single spaces or nothing before punctuation.
     */
    private static Sentence sentence(Article article, int index, String... tokens) {
        String[] lines = article.text().split("\n", -1);
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += lines[i].length() + 1;
        }
        String line = lines[index];
        List<Token> list = new ArrayList<>();
        int at = 0;
        for (String spec : tokens) {
            String[] parts = spec.split("/", -1);
            String word = parts[0].isEmpty() ? "/" : parts[0];
            int begin = line.indexOf(word, at);
            list.add(new Token(word, parts[1], parts[2], parts[3], offset + begin, offset + begin + word.length()));
            at = begin + word.length();
        }
        return new Sentence(index, offset, offset + line.length(), list, List.of());
    }
}
