package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/** The pattern language over a hand-built parse of "Russia handed over 20 prisoners of war to Ukraine." */
class GraphPatternTest {
    //                                0         1        2       3     4            5     6      7     8
    private static final String[] WORDS = {"Russia", "handed", "over", "20", "prisoners", "of", "war", "to", "Ukraine"};
    private static final String[] LEMMAS = {"Russia", "hand", "over", "20", "prisoner", "of", "war", "to", "Ukraine"};
    private static final String[] TAGS = {"NNP", "VBD", "RP", "CD", "NNS", "IN", "NN", "IN", "NNP"};
    private static final SentenceGraph GRAPH = graph();
    private static final java.util.function.Function<String, Set<String>> LISTS =
            GraphPattern.lists(Map.of("captives", Set.of("prisoner", "hostage")));

    @Test
    void matchesChildrenByRelationAndSubtype() {
        assertThat(match("{lemma:hand} >obj {lemma:@captives}")).isNotNull();
        assertThat(match("{lemma:hand} >obl {lemma:ukraine}")).isNotNull(); // obl matches obl:to
        assertThat(match("{lemma:hand} >obl:to|obl:with {pos:NNP}")).isNotNull();
        assertThat(match("{lemma:hand} >obl:with {}")).isNull();
    }

    @Test
    void bindsNamedTokensAndTheTrigger() {
        Map<String, Integer> bound = match("{lemma:hand} >compound:prt {}=particle >obj {}=object");
        assertThat(bound).containsEntry("trigger", 1).containsEntry("particle", 2).containsEntry("object", 4);
    }

    @Test
    void relationsAfterANodeBelongToItUnlessParenthesised() {
        // both relations hang on "handed": it has an obj and an nsubj
        assertThat(match("{lemma:hand} >obj {lemma:prisoner} >nsubj {lemma:russia}")).isNotNull();
        // in parentheses, the relation hangs on the object: "prisoners" has no nsubj
        assertThat(match("{lemma:hand} >obj ({lemma:prisoner} >nsubj {})")).isNull();
        assertThat(match("{lemma:hand} >obj ({lemma:prisoner} >nmod:of {word:war})")).isNotNull();
    }

    @Test
    void negatedRelationsAndValues() {
        assertThat(match("{lemma:hand} !>xcomp !>ccomp")).isNotNull();
        assertThat(match("{lemma:hand} !>obj")).isNull();
        assertThat(match("{lemma:hand} !>obj {lemma:hostage}")).isNotNull();
        assertThat(match("{lemma:!hand|give}")).isNull();
        assertThat(match("{pos:VB*; lemma:!give}")).isNotNull();
    }

    @Test
    void alternativesHeadsAndDescendants() {
        assertThat(match("{lemma:hand} >nsubj ({pos:PRP} | {pos:NNP})")).isNotNull();
        assertThat(match("{lemma:hand} >nsubj ({pos:PRP} | {lemma:kyiv})")).isNull();
        assertThat(GraphPattern.parse("{lemma:war} <nmod:of ({} <obj {lemma:hand}=verb)", LISTS).match(GRAPH, 6))
                .containsEntry("verb", 1);
        assertThat(match("{lemma:hand} >> {word:war}")).isNotNull();
        assertThat(match("{lemma:hand} !>> {word:peace}")).isNotNull();
        assertThat(match("{pos:/V.D/}")).isNotNull();
    }

    @Test
    void namesTheMistakeInABadPattern() {
        assertThatThrownBy(() -> GraphPattern.parse("{lemma:hand", LISTS)).hasMessageContaining("expected ';' or '}'");
        assertThatThrownBy(() -> GraphPattern.parse("{colour:red}", LISTS)).hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> GraphPattern.parse("{lemma:@nothing}", LISTS)).hasMessageContaining("unknown word list '@nothing'");
        assertThatThrownBy(() -> GraphPattern.parse("{lemma:a} >obj", LISTS)).hasMessageContaining("needs a node after it");
        assertThatThrownBy(() -> GraphPattern.parse("{}=x >obj {}=x", LISTS)).hasMessageContaining("bound twice");
        assertThatThrownBy(() -> GraphPattern.parse("{lemma:a} junk", LISTS)).hasMessageContaining("unexpected 'j'");
    }

    private static Map<String, Integer> match(String pattern) {
        return GraphPattern.parse(pattern, LISTS).match(GRAPH, 1);
    }

    private static SentenceGraph graph() {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < WORDS.length; i++) {
            tokens.add(new Token(WORDS[i], LEMMAS[i], TAGS[i], "O", offset, offset + WORDS[i].length()));
            offset += WORDS[i].length() + 1;
        }
        List<Dependency> dependencies = List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0),
                new Dependency("compound:prt", 1, 2), new Dependency("nummod", 4, 3), new Dependency("obj", 1, 4),
                new Dependency("case", 6, 5), new Dependency("nmod:of", 4, 6), new Dependency("case", 8, 7),
                new Dependency("obl:to", 1, 8));
        return new SentenceGraph(new Sentence(0, 0, offset, tokens, dependencies));
    }
}
