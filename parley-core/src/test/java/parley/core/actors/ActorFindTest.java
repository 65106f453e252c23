package parley.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ActorFindTest {
    private final ActorDictionary actors = ActorDictionary.loadDefault();

    @Test
    void findsTheAdjectiveAndThePersonInAnOfficialsTitleWithoutOverlap() {
        String text = "Russian Foreign Minister Sergey Lavrov said talks would continue.";
        assertThat(actors.find(text))
                .extracting(ActorMatch::start, ActorMatch::end, ActorMatch::text, m -> m.entry().id(), ActorMatch::form)
                .containsExactly(
                        tuple(0, 7, "Russian", "RUS", MentionForm.ADJECTIVE),
                        tuple(25, 38, "Sergey Lavrov", "person/sergey-lavrov", MentionForm.NAME));
    }

    @Test
    void leavesThePossessiveOutOfTheMatch() {
        assertThat(actors.find("Lavrov's remarks and Zelenskyy’s reply and the Kremlin’s line"))
                .extracting(ActorMatch::text, m -> m.entry().id())
                .containsExactly(tuple("Lavrov", "person/sergey-lavrov"),
                        tuple("Zelenskyy", "person/volodymyr-zelensky"), tuple("Kremlin", "body/kremlin"));
    }

    @Test
    void matchesTheKremlinWithOrWithoutTheArticle() {
        String text = "The Kremlin said on Tuesday that Kremlin aides had met.";
        List<ActorMatch> matches = actors.find(text);
        assertThat(matches).extracting(ActorMatch::start, ActorMatch::end, ActorMatch::text)
                .containsExactly(tuple(4, 11, "Kremlin"), tuple(33, 40, "Kremlin"));
        assertThat(matches).allSatisfy(m -> assertThat(m.entry().code()).isEqualTo("RUS"));
    }

    @Test
    void matchesUsAbbreviationsButNeverThePronoun() {
        List<ActorMatch> matches = actors.find("The U.S. and the US, like the USA, told us to wait; let us see. America agreed.");
        assertThat(matches).extracting(ActorMatch::text).containsExactly("U.S.", "US", "USA", "America");
        assertThat(matches).allSatisfy(m -> assertThat(m.entry().id()).isEqualTo("USA"));
    }

    @Test
    void readsCapitalsAsTheirStates() {
        String text = "Moscow and Kyiv traded accusations, while Washington, Tehran and Beijing urged calm; "
                + "older reports say Kiev.";
        assertThat(actors.find(text)).extracting(ActorMatch::text, m -> m.entry().code())
                .containsExactly(tuple("Moscow", "RUS"), tuple("Kyiv", "UKR"), tuple("Washington", "USA"),
                        tuple("Tehran", "IRN"), tuple("Beijing", "CHN"), tuple("Kiev", "UKR"));
    }

    @Test
    void prefersTheLongestName() {
        assertThat(codes("The European Union and European leaders met.")).containsExactly("EU", "EUR");
        assertThat(codes("Palestinian Islamic Jihad fighters")).containsExactly("PIJ");
        assertThat(codes("the Democratic Republic of the Congo and the Republic of the Congo"))
                .containsExactly("COD", "COG");
        assertThat(codes("The Washington Post and The Guardian reported")).containsExactly("WAPO", "GUARDIAN");
        assertThat(codes("Israel Katz spoke")).containsExactly("ISR");
        assertThat(actors.find("Israel Katz spoke")).extracting(m -> m.entry().id())
                .containsExactly("person/israel-katz");
    }

    @Test
    void matchesCapitalisedNamesOnlyWhenCapitalised() {
        assertThat(codes("Chad and Jordan voted; a hanging chad in jordan almonds.")).containsExactly("TCD", "JOR");
        assertThat(codes("the coalition of the willing and the Coalition of the Willing")).containsExactly("EUR", "EUR");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(actors.find("M230 Russiagate Romanian Hamasland Omanis")).extracting(ActorMatch::text)
                .containsExactly("Romanian", "Omanis");
        assertThat(codes("AFC/M23 and M23 rebels, US-led, pro-Russian")).containsExactly("M23", "M23", "USA", "RUS");
    }

    @Test
    void separatesNamesFromAdjectives() {
        assertThat(actors.find("Israeli and Palestinian officials; Israelis and Ukraine"))
                .extracting(ActorMatch::text, ActorMatch::form)
                .containsExactly(tuple("Israeli", MentionForm.ADJECTIVE), tuple("Palestinian", MentionForm.ADJECTIVE),
                        tuple("Israelis", MentionForm.ADJECTIVE), tuple("Ukraine", MentionForm.NAME));
    }

    @Test
    void dropsPhrasesThatNameNoActor() {
        assertThat(actors.find("Latin America, Donald Trump Jr. and Michael Jordan")).isEmpty();
        assertThat(codes("Iran's Guardian Council, the Guardian said")).containsExactly("IRN", "GUARDIAN");
    }

    @Test
    void needsTheArticleForNamesThatAreOrdinaryWordsWithoutIt() {
        List<ActorMatch> matches = actors.find("a guardian angel; Guardian staff; the Guardian reported");
        assertThat(matches).extracting(ActorMatch::start, ActorMatch::text).containsExactly(tuple(38, "Guardian"));
    }

    @Test
    void toleratesLineBreaksAndTypographicApostrophes() {
        assertThat(actors.find("said Sergey\nLavrov and Côte d’Ivoire")).extracting(ActorMatch::text, m -> m.entry().id())
                .containsExactly(tuple("Sergey\nLavrov", "person/sergey-lavrov"), tuple("Côte d’Ivoire", "CIV"));
    }

    @Test
    void findsNothingInEmptyTextAndRejectsNull() {
        assertThat(actors.find("")).isEmpty();
        assertThat(actors.find("   \n\t ")).isEmpty();
        assertThatThrownBy(() -> actors.find(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
    }

    @Test
    void keepsOffsetsOrderedDisjointAndTrueToTheTextOnHostileInput() {
        String[] pieces = {"Russia", "Russian", "the ", "Kremlin", "’s", "'s", " ", "\n", "U.S.", "us", "İ", "ı", "\u0301",
                "\uD83D\uDE00", "\uD83D", "M23", "0", "-", "Sergey", "Lavrov", "European", "Union", "Congo", "é", "\u00A0"};
        Random random = new Random(20250521L);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertWellFormed(text.toString(), actors.find(text.toString()));
        }
        String huge = "Moscow and Kyiv met in Istanbul. ".repeat(20_000);
        List<ActorMatch> matches = actors.find(huge);
        assertThat(matches).hasSize(40_000);
        assertWellFormed(huge, matches);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        String text = "Russian Foreign Minister Sergey Lavrov told the Kremlin's envoy that Hamas and the IDF...";
        List<ActorMatch> expected = actors.find(text);
        assertThat(IntStream.range(0, 200).parallel().mapToObj(i -> actors.find(text)))
                .allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    private List<String> codes(String text) {
        return actors.find(text).stream().map(m -> m.entry().code()).toList();
    }

    private static void assertWellFormed(String text, List<ActorMatch> matches) {
        int previousEnd = 0;
        for (ActorMatch match : matches) {
            assertThat(match.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(match.end()).isGreaterThan(match.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.text());
            previousEnd = match.end();
        }
    }
}
