package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.actors.ActorDictionary;
import parley.core.nlp.ReplayAnnotator;
import parley.model.Article;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * Attribution rules of {@link QuoteExtractor} on a short article written for this test
 * ({@code attribution.txt}), with its CoreNLP annotation replayed from the fixture next to it.
 */
class QuoteExtractorTest {
    private static String body;
    private static List<Quote> quotes;

    @BeforeAll
    static void extract() throws Exception {
        Article article = CodingFixtures.read(CodingFixtures.resource("attribution.txt"));
        body = article.bodyText();
        AnnotatedText annotated = ReplayAnnotator.fromResource(article.bodyText(),
                "/parley/core/coding/attribution.annotations.json").annotate(article.bodyText());
        quotes = new QuoteExtractor(ActorDictionary.loadDefault(), CodingLexicon.loadDefault()).extract(article, annotated);
    }

    private static List<Quote> starting(String words) {
        return quotes.stream().filter(q -> q.text().startsWith(words)).toList();
    }

    @Test
    void attributesTheAnalystsToTheThinkTankNamedBefore() {
        assertThat(starting("The Kremlin is stalling")).extracting(Quote::speaker, Quote::speakerCode)
                .containsExactly(tuple("Institute for the Study of War", "ISW"));
    }

    @Test
    void attributesADescribedGroupToTheActorNamedInsideItsPhrase() {
        assertThat(starting("We ask both sides")).extracting(Quote::speaker, Quote::speakerCode)
                .containsExactly(tuple("Hostages and Missing Families Forum", "HMFF"));
    }

    @Test
    void namesAnOutletByTheAbbreviationTheArticleUses() {
        assertThat(starting("The prisoners are expected")).extracting(Quote::speaker, Quote::speakerCode)
                .containsExactly(tuple("AFP", "AFP"));
    }

    @Test
    void codesAPrivatePersonByThePeopleThePreviousParagraphIsAbout() {
        assertThat(starting("We have not had power")).extracting(Quote::speaker, Quote::speakerCode)
                .containsExactly(tuple("Olena", "UKR"));
    }

    @Test
    void attributesAnAnnouncementToWhoeverPostedIt() {
        int announcement = body.indexOf("The announcement, posted");
        int nextParagraph = body.indexOf('\n', announcement);
        assertThat(quotes).filteredOn(q -> q.start() > announcement && q.end() < nextParagraph)
                .extracting(Quote::speaker, Quote::speakerCode).containsExactly(tuple("Recep Tayyip Erdoğan", "TUR"));
    }

    @Test
    void takesNoSpeakerFromANameThatModifiesAnotherNoun() {
        // "at noon Moscow time, concluding with “…”": Moscow names the time zone, not a speaker.
        assertThat(starting("a signed text")).extracting(Quote::speakerCode).doesNotContain("RUS");
    }

    @Test
    void skipsAFourWordTermInsideTheWritersOwnNounPhrase() {
        assertThat(starting("appropriate and decisive response")).isEmpty();
    }

    @Test
    void keepsAShortPhraseQuotedWhole() {
        assertThat(starting("a truly historic day")).extracting(Quote::speaker, Quote::speakerCode)
                .containsExactly(tuple("Donald Trump", "USA"));
    }

    @Test
    void findsTheSpeakerBeforeTheColonThatIntroducesAQuote() {
        assertThat(starting("Both delegations have agreed")).extracting(Quote::speakerCode).containsExactly("TUR");
    }

    @Test
    void aClauseEndingInAColonIntroducesTheQuoteRightAfterIt() {
        String text = "Said Mr. Erdogan before the talks: “We will meet again.” Later he left.";
        QuoteExtractor.Span span = new QuoteExtractor.Span(text.indexOf('“') + 1, text.indexOf('”'));
        assertThat(QuoteExtractor.introducesByColon(text, "Said".length(), span)).isTrue();
        String other = "He said so. “We will meet again,” Fidan added.";
        QuoteExtractor.Span quoted = new QuoteExtractor.Span(other.indexOf('“') + 1, other.indexOf('”'));
        assertThat(QuoteExtractor.introducesByColon(other, "He said".length(), quoted)).isFalse();
    }

    @Test
    void takesASentenceInitialSaidTaggedAsANameForTheSpeechVerb() {
        // "Said Mr Erdogan:" as the tagger sometimes reads it; "Said Jalili" stays a name.
        Sentence sentence = new Sentence(0, 0, 27, List.of(
                new Token("Said", "Said", "NNP", "O", 0, 4),
                new Token("Mr", "Mr", "NNP", "O", 5, 7),
                new Token("Erdogan", "Erdogan", "NNP", "PERSON", 8, 15),
                new Token("Said", "Said", "NNP", "PERSON", 16, 20),
                new Token("Jalili", "Jalili", "NNP", "PERSON", 21, 27)),
                List.of(new Dependency("compound", 2, 0), new Dependency("compound", 2, 1),
                        new Dependency("root", -1, 2), new Dependency("compound", 4, 3), new Dependency("appos", 2, 4)));
        QuoteExtractor extractor = new QuoteExtractor(ActorDictionary.loadDefault(), CodingLexicon.loadDefault());
        SentenceGraph graph = new SentenceGraph(sentence);
        assertThat(extractor.isSpeechWord(graph, 0)).isTrue();
        assertThat(extractor.isSpeechWord(graph, 3)).isFalse();
    }

    @Test
    void recognisesAbbreviations() {
        assertThat(QuoteSpeakers.isAbbreviation("AFP")).isTrue();
        assertThat(QuoteSpeakers.isAbbreviation("Reuters")).isFalse();
        assertThat(QuoteSpeakers.isAbbreviation("A")).isFalse();
    }
}
