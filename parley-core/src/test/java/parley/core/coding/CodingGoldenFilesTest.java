package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.core.actors.ActorDictionary;
import parley.core.nlp.ReplayAnnotator;
import parley.core.time.DateResolver;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;

/**
 * Golden files for the coding stage: articles written for these tests, their CoreNLP annotation
 * replayed from a fixture, and the expected events and quotes in a compact text form next to them.
 * Regenerate with {@code -Dparley.regenerateGolden=true} after an intended change, and review the
 * diff of {@code *.expected.txt}.
 */
class CodingGoldenFilesTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final CodingLexicon LEXICON = CodingLexicon.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"jeddah", "istanbul", "quotes", "attribution", "undated", "constructions", "domestic", "dating", "newsday", "speakers", "positions"})
    void codesArticleAsInGoldenFile(String name) throws IOException, URISyntaxException {
        Path text = CodingFixtures.resource(name + ".txt");
        Article article = CodingFixtures.read(text);
        AnnotatedText annotated = ReplayAnnotator.fromResource(article.bodyText(),
                "/parley/core/coding/" + name + ".annotations.json").annotate(article.bodyText());
        List<Quote> quotes = new QuoteExtractor(ACTORS, LEXICON).extract(article, annotated);
        List<Event> events = new RuleBasedEventCoder(ACTORS, LEXICON, new DateResolver()).code(article, annotated, quotes);
        String actual = render(events, quotes);
        Path expected = Path.of("src", "test", "resources", "parley", "core", "coding", name + ".expected.txt");
        if (Boolean.getBoolean("parley.regenerateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void resolvesTheMinisterToThePersonLastNamed() throws IOException, URISyntaxException {
        List<Event> events = coded("istanbul");
        assertThat(events).filteredOn(e -> e.evidence().sentence().startsWith("The minister also called on Moscow"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).extracting(ActorRef::name, ActorRef::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("Rustem Umerov", "UKR"));
                    assertThat(e.recipient()).extracting(ActorRef::code).containsExactly("RUS");
                });
    }

    @org.junit.jupiter.api.Test
    void derivesStancesWithTheConditionsTheCoderFound() throws IOException, URISyntaxException {
        List<Event> events = coded("positions");
        java.util.Map<String, parley.core.positions.Stance> stances = new java.util.TreeMap<>();
        for (parley.core.positions.Position position : parley.core.positions.PositionTracker.positions(events)) {
            stances.merge(position.actor() + " " + position.issue(), position.stance(), (a, b) -> a == b ? a : null);
        }
        assertThat(stances)
                .containsEntry("RUS ceasefire", parley.core.positions.Stance.CONDITIONAL) // "agreed ... only if"
                .containsEntry("UKR ceasefire", parley.core.positions.Stance.FOR) // the "if" is the army's response's
                .containsEntry("IRN peace_talks", parley.core.positions.Stance.CONDITIONAL) // "ready ... provided that"
                .containsEntry("ISR ceasefire", parley.core.positions.Stance.CONDITIONAL) // "rejected ... unless"
                .containsEntry("USA ceasefire", parley.core.positions.Stance.FOR) // "urged Ukraine to accept"
                .doesNotContainKey("HAMAS ceasefire"); // "Hamas was urged to accept": being asked is no stance
    }

    static String render(List<Event> events, List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        for (Event event : events) {
            out.append(event.type()).append(' ').append(event.mode() == null ? "-" : event.mode()).append(' ')
                    .append(codes(event.actor())).append(" -> ").append(codes(event.recipient())).append(' ')
                    .append(event.issues()).append(' ').append(event.date()).append(' ')
                    .append(event.aux() == null ? "-" : event.aux().id()).append(" | ")
                    .append(String.join(" > ", event.provenance().rules())).append(" | ").append(event.evidence().sentence()).append('\n');
        }
        for (Quote quote : quotes) {
            out.append("QUOTE ").append(quote.speaker()).append(" (").append(quote.speakerCode()).append(") ")
                    .append(quote.date()).append(" | ").append(quote.text()).append('\n');
        }
        return out.toString();
    }

    private static String codes(List<ActorRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(ActorRef::code).collect(Collectors.joining(","));
    }

    /** The events the rules code in the golden file {@code name}, on its replayed parse. */
    private static List<Event> coded(String name) throws IOException, URISyntaxException {
        Article article = CodingFixtures.read(CodingFixtures.resource(name + ".txt"));
        AnnotatedText annotated = ReplayAnnotator.fromResource(article.bodyText(),
                "/parley/core/coding/" + name + ".annotations.json").annotate(article.bodyText());
        return new RuleBasedEventCoder(ACTORS, LEXICON, new DateResolver()).code(article, annotated,
                new QuoteExtractor(ACTORS, LEXICON).extract(article, annotated));
    }
}
