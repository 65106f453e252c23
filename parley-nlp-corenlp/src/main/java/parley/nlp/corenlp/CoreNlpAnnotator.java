package parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import parley.core.nlp.Annotator;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * CoreNLP 4.5 pipeline: tokenize, ssplit, pos, lemma, ner (the 3-class CRF only) and depparse, converted to Parley's library-neutral records.
 *
 * <p>Loading takes tens of seconds; build one instance per process and share it (annotate is
 * thread-safe).
 *
 * <pre>{@code
 * Annotator nlp = CoreNlpAnnotator.load();
 * AnnotatedText parsed = nlp.annotate("Lavrov met Rubio on Monday.", LocalDate.of(2025, 5, 22));
 * }</pre>
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Identifies the models and settings; part of every annotation cache key. */
    public static final String VERSION = "corenlp-4.5.10/ud-enhanced++/ner-3class/v2";
    private final StanfordCoreNLP pipeline;

    private CoreNlpAnnotator(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Loads the models (slow: do it once). Sets the JVM's default locale to {@link Locale#ROOT}:
     * CoreNLP lower-cases words with the default locale ({@code String.toLowerCase()}), and under a
     * Turkish locale "I" becomes a dotless "ı", which changes lemmas and parses (measured: the dev
     * set codes differently under tr-TR). The models are English; only English casing is right.
     */
    public static CoreNlpAnnotator load() {
        Locale.setDefault(Locale.ROOT);
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
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        return new CoreNlpAnnotator(new StanfordCoreNLP(props));
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Annotation document = new Annotation(text); // no SUTime runs, so the document date changes nothing
        pipeline.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), sentence));
        }
        return new AnnotatedText(sentences);
    }

    private static Sentence convert(int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String word = label.originalText() != null ? label.originalText() : label.word();
            tokens.add(new Token(word, label.lemma(), label.tag(), label.ner(),
                    label.beginPosition(), label.endPosition()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
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
