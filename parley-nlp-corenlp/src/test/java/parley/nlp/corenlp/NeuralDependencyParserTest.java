package parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.core.ingest.JsonLinesReader;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Parley's layout of CoreNLP's neural parser gives CoreNLP's own parses: the typed dependencies
 * of {@link DependencyParser#predict(CoreMap)} (default settings) and of {@link
 * NeuralDependencyParser#predict(CoreMap)} are equal on every sentence of the coding fixtures and,
 * when ../shared is present, of the shared corpora; and so are, in the same order, the enhanced++
 * dependencies CoreNLP's {@code SemanticGraphFactory.makeFromTree} makes of CoreNLP's parse and
 * the ones Parley reads ({@link CoreNlpAnnotator#parse}).
 */
@Tag("corenlp")
class NeuralDependencyParserTest {
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?");
    private static StanfordCoreNLP tagger;
    private static DependencyParser coreNlp;
    private static NeuralDependencyParser parley;

    @BeforeAll
    static void load() {
        Properties props = CoreNlpAnnotator.properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        tagger = new StanfordCoreNLP(props);
        coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        parley = NeuralDependencyParser.loadDefault();
    }

    @Test
    void parsesTheFixturesAsCoreNlpDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "parley-core", "src", "test", "resources", "parley", "core", "coding"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        texts.add("");
        texts.add("Yes.");
        texts.add("\"No,\" she said -- and left; the talks, which had (briefly) resumed, ended: 3-2.");
        assertThat(sameParses(texts)).isGreaterThan(100);
    }

    @Test
    void parsesTheSharedCorporaAsCoreNlpDoes() {
        List<String> texts = new ArrayList<>();
        for (String set : List.of("dev", "train")) {
            Path corpus = ParseCascadeOnCorporaTest.shared().resolve("corpus").resolve(set + ".jsonl");
            if (Files.isRegularFile(corpus)) {
                new JsonLinesReader().read(corpus, new ReadSink() {
                    @Override
                    public void article(Article article) {
                        texts.add(article.text());
                    }

                    @Override
                    public void skipped(SkippedInput skipped) {
                    }
                });
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(texts.isEmpty(), "../shared is absent");
        int sentences = sameParses(texts);
        System.out.printf("NeuralDependencyParser: %d sentences of the shared corpora parsed as CoreNLP parses them%n",
                sentences);
    }

    @Test
    void readsEveryNumberOfTheModelAsFloatParseFloatDoes() throws IOException {
        byte[] text;
        try (var in = new java.util.zip.GZIPInputStream(getClass().getClassLoader()
                .getResourceAsStream(DependencyParser.DEFAULT_MODEL))) {
            text = in.readAllBytes();
        }
        int numbers = 0;
        int start = -1;
        for (int i = 0; i <= text.length; i++) {
            boolean separator = i == text.length || text[i] == ' ' || text[i] == '\n';
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                String token = new String(text, start, i - start, java.nio.charset.StandardCharsets.UTF_8);
                if (NUMBER.matcher(token).matches()) {
                    assertThat(Float.floatToRawIntBits(NeuralDependencyParser.ModelText.parseFloat(text, start, i)))
                            .as(token).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(token)));
                    numbers++;
                }
                start = -1;
            }
        }
        assertThat(numbers).isGreaterThan(6_000_000);
        for (String odd : List.of("-0.0000", "0", "1e3", "-2.5E-3", "123456789012345678901", "3.4028236e38", "1.4e-46")) {
            byte[] bytes = odd.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(Float.floatToRawIntBits(NeuralDependencyParser.ModelText.parseFloat(bytes, 0, bytes.length)))
                    .as(odd).isEqualTo(Float.floatToRawIntBits(Float.parseFloat(odd)));
        }
    }

    /** Parses every sentence of the texts with both parsers, asserts the same dependencies, returns how many. */
    private static int sameParses(List<String> texts) {
        int sentences = 0;
        for (String text : texts) {
            Annotation document = new Annotation(text);
            tagger.annotate(document);
            for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
                GrammaticalStructure structure = coreNlp.predict(sentence);
                assertThat(parley.predict(sentence).typedDependencies())
                        .as("sentence %s", sentence)
                        .hasToString(structure.typedDependencies().toString());
                SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(structure,
                        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null);
                assertThat(CoreNlpAnnotator.convert(0, sentence, CoreNlpAnnotator.parse(parley, sentence)).dependencies())
                        .as("enhanced++ of sentence %s", sentence)
                        .containsExactlyElementsOf(CoreNlpAnnotator.convert(0, sentence, enhanced).dependencies());
                sentences++;
            }
        }
        return sentences;
    }
}
