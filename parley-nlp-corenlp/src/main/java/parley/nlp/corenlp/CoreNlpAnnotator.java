package parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import parley.core.nlp.Annotator;
import parley.core.nlp.ParseFilter;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * CoreNLP 4.5 as a cascade: tokenize, ssplit, pos, lemma and ner (the 3-class CRF only) on every
 * sentence, then the dependency parse (CoreNLP's neural parser and UD English model, enhanced++
 * dependencies) on the sentences a {@link ParseFilter} asks for, converted to Parley's
 * library-neutral records. Each sentence is parsed on its own, so a parsed sentence is the same
 * whichever others are parsed; the parser is {@link NeuralDependencyParser}, which gives CoreNLP's
 * parses several times faster.
 *
 * <p>{@link #load()} returns at once: the tagger, the named-entity classifier and the parser load
 * in parallel on threads of their own, and the first call that needs a model waits for it; a text
 * is tagged while the parser may still be loading. Build one instance per process and share it
 * (annotate is thread-safe).
 *
 * <pre>{@code
 * Annotator nlp = CoreNlpAnnotator.load();
 * AnnotatedText parsed = nlp.annotate("Lavrov met Rubio on Monday.");
 * }</pre>
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Identifies the models and settings; part of every annotation cache key. */
    public static final String VERSION = "corenlp-4.5.10/ud-enhanced++/ner-3class/v3";
    private final CompletableFuture<List<edu.stanford.nlp.pipeline.Annotator>> tagging;
    private final CompletableFuture<NeuralDependencyParser> parsing;

    private CoreNlpAnnotator(CompletableFuture<List<edu.stanford.nlp.pipeline.Annotator>> tagging,
                             CompletableFuture<NeuralDependencyParser> parsing) {
        this.tagging = tagging;
        this.parsing = parsing;
    }

    /**
     * Starts loading the models and returns (see the class comment). Sets the JVM's default locale
     * to {@link Locale#ROOT}: CoreNLP lower-cases words with the default locale ({@code
     * String.toLowerCase()}), and under a Turkish locale "I" becomes a dotless "ı", which changes
     * lemmas and parses (measured: the dev set codes differently under tr-TR). The models are
     * English; only English casing is right.
     *
     * @throws RuntimeException from the first annotate call, when a model cannot be loaded
     */
    public static CoreNlpAnnotator load() {
        Locale.setDefault(Locale.ROOT);
        Properties props = properties();
        AnnotatorImplementations make = new AnnotatorImplementations();
        CompletableFuture<edu.stanford.nlp.pipeline.Annotator> tagger = inBackground("pos", () -> make.posTagger(props));
        CompletableFuture<edu.stanford.nlp.pipeline.Annotator> entities = inBackground("ner", () -> make.ner(props));
        CompletableFuture<NeuralDependencyParser> parser = inBackground("depparse", NeuralDependencyParser::loadDefault);
        CompletableFuture<List<edu.stanford.nlp.pipeline.Annotator>> tagging = inBackground("tokenize",
                () -> List.of(make.tokenizer(props), make.wordToSentences(props), tagger.join(),
                        make.morpha(props, false), entities.join()));
        return new CoreNlpAnnotator(tagging, parser);
    }

    /** The settings, as a StanfordCoreNLP pipeline of these annotators would be given them. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Each line of a news text is a paragraph or a piece of furniture: never join two lines
        // into one sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        // Statistical NER only (one CRF, the 3-class PERSON / LOCATION / ORGANIZATION model): dates
        // are resolved by Parley's own DateResolver, and countries, nationalities and titles are
        // the actor dictionary's job, so SUTime, the numeric classifiers and the fine-grained
        // regex rules (three quarters of the default pipeline's time) are not run.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }


    private static <T> CompletableFuture<T> inBackground(String model, Supplier<T> load) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(load.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "parley-load-" + model);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    private static <T> T await(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the CoreNLP models: " + cause, cause);
        }
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public AnnotatedText annotate(String text, ParseFilter parse) {
        if (text == null || parse == null) {
            throw new IllegalArgumentException("text and parse filter are required, got " + text + ", " + parse);
        }
        Annotation document = new Annotation(text);
        for (edu.stanford.nlp.pipeline.Annotator annotator : await(tagging)) {
            annotator.annotate(document);
        }
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] parsed = new boolean[sentences.size()];
        boolean any = false;
        for (int i = 0; i < sentences.size(); i++) {
            parsed[i] = parse.needsParse(convert(i, sentences.get(i), null));
            any |= parsed[i];
        }
        NeuralDependencyParser parser = any ? await(parsing) : null;
        List<Sentence> converted = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            converted.add(convert(i, sentences.get(i), parsed[i] ? parse(parser, sentences.get(i)) : null));
        }
        return new AnnotatedText(converted);
    }

    /**
     * The sentence's enhanced++ dependencies, the graph the coder reads (CoreNLP's depparse
     * annotator would also build four other graphs).
     */
    static SemanticGraph parse(NeuralDependencyParser parser, CoreMap sentence) {
        return enhancedPlusPlus(parser.dependencies(sentence));
    }

    /**
     * CoreNLP's enhanced++ graph of a sentence's basic dependencies, the graph {@code
     * SemanticGraphFactory.makeFromTree(structure, ENHANCED_PLUS_PLUS, ...)} builds, with one pass
     * of the enhancements over one graph: makeFromTree corrects the dependencies twice (the same
     * idempotent corrections) and turns the graph into a sorted list and back three times. {@code
     * NeuralDependencyParserTest} checks that both give the same dependencies in the same order.
     */
    static SemanticGraph enhancedPlusPlus(List<TypedDependency> basic) {
        SemanticGraph graph = new SemanticGraph(basic);
        UniversalEnglishGrammaticalStructure.addEnhancements(graph,
                UniversalEnglishGrammaticalStructure.ENHANCED_PLUS_PLUS_OPTIONS);
        // Rebuilt from the sorted dependencies, as makeFromTree's graph is: its edges come out in that order.
        List<TypedDependency> sorted = new ArrayList<>(graph.typedDependencies());
        Collections.sort(sorted);
        return new SemanticGraph(sorted);
    }

    static Sentence convert(int index, CoreMap sentence, SemanticGraph graph) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String word = label.originalText() != null ? label.originalText() : label.word();
            tokens.add(new Token(word, label.lemma(), label.tag(), label.ner(),
                    label.beginPosition(), label.endPosition()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                dependencies.add(new Dependency("root", -1, root.index() - 1));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                dependencies.add(new Dependency(edge.getRelation().toString(),
                        edge.getGovernor().index() - 1, edge.getDependent().index() - 1));
            }
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, dependencies);
    }
}
