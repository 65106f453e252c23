package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import parley.core.json.Json;
import org.junit.jupiter.api.Test;

/** {@code parley actors resolve}: names and descriptions as JSON, nulls for words of no actor. */
class ActorsCommandTest {
    @Test
    void resolvesADescriptionToTheOfficeHolderOfTheDate() throws Exception {
        JsonNode out = json("actors", "resolve", "the German foreign minister", "--date", "2022-11-15", "--format", "json");
        assertThat(out.get("name").asText()).isEqualTo("Annalena Baerbock");
        assertThat(out.get("code").asText()).isEqualTo("DEU");
        assertThat(out.get("sector").asText()).isEqualTo("GOV");
        assertThat(out.get("country").asText()).isEqualTo("DEU");
    }

    @Test
    void printsTheFourFieldsInOrderForAName() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("actors", "resolve", "the prime minister of Israel", "--date",
                "2012-06-01", "--format", "json");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo(
                "{\"name\":\"Benjamin Netanyahu\",\"code\":\"ISR\",\"sector\":\"GOV\",\"country\":\"ISR\"}");
    }

    @Test
    void printsNullsAndSucceedsForWordsThatNameNoActor() throws Exception {
        for (String words : new String[] {"the weather", "a car", "Monday"}) {
            CommandLineTest.Run run = CommandLineTest.run("actors", "resolve", words, "--date", "2025-06-01", "--format", "json");
            assertThat(run.exit()).as(words).isZero();
            assertThat(run.out().strip()).as(words).isEqualTo("{\"name\":null,\"code\":null,\"sector\":null,\"country\":null}");
        }
    }

    @Test
    void givesTheSectorOfADescriptionOfNoState() throws Exception {
        JsonNode out = json("actors", "resolve", "retired vice president", "--format", "json");
        assertThat(out.get("code").isNull()).isTrue();
        assertThat(out.get("sector").asText()).isEqualTo("ELI");
    }

    @Test
    void readsTheMentionInItsSentence() throws Exception {
        JsonNode georgia = json("actors", "resolve", "Georgian lawmakers", "--context",
                "Georgian lawmakers in Atlanta passed the election bill.", "--format", "json");
        assertThat(georgia.get("code").asText()).isEqualTo("USA");
        JsonNode soldiers = json("actors", "resolve", "soldiers", "--context", "Israeli soldiers opened fire on the crowd.",
                "--format", "json");
        assertThat(soldiers.get("country").asText()).isEqualTo("ISR");
        assertThat(soldiers.get("sector").asText()).isEqualTo("MIL");
    }

    @Test
    void printsTabSeparatedTextByDefault() {
        CommandLineTest.Run run = CommandLineTest.run("actors", "resolve", "Iranian protesters");
        assertThat(run.exit()).isZero();
        assertThat(run.out().stripTrailing()).isEqualTo("\tIRN\tCVL\tIRN");
        assertThat(CommandLineTest.run("actors", "resolve", "the weather").out().strip()).isEqualTo("unresolved: the weather");
    }

    @Test
    void rejectsAnUnknownFormatWithItsName() {
        CommandLineTest.Run run = CommandLineTest.run("actors", "resolve", "Putin", "--format", "xml");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("xml");
    }

    private static JsonNode json(String... args) throws Exception {
        CommandLineTest.Run run = CommandLineTest.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }
}
