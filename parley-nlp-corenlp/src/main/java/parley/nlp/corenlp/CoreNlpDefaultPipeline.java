package parley.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import java.util.Properties;

/**
 * CoreNLP as its documentation runs it: one {@link StanfordCoreNLP} pipeline of tokenize, ssplit,
 * pos, lemma, ner and depparse with default properties (three CRF models, SUTime, the numeric and
 * fine-grained classifiers, every sentence parsed). Not used for coding: {@code parley bench
 * --compare-corenlp} measures it beside Parley's own pipeline ({@link CoreNlpAnnotator}) on the
 * same texts. Thread-safe; loading takes tens of seconds.
 */
public final class CoreNlpDefaultPipeline {
    /** The annotators, as the CoreNLP documentation lists them for this job. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private final StanfordCoreNLP pipeline;

    private CoreNlpDefaultPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (slow). Sets the default locale to {@link Locale#ROOT}, as {@link CoreNlpAnnotator#load()} does. */
    public static CoreNlpDefaultPipeline load() {
        Locale.setDefault(Locale.ROOT);
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        return new CoreNlpDefaultPipeline(new StanfordCoreNLP(props));
    }

    /**
     * Annotates {@code text} with every annotator and returns its number of sentences (the
     * annotation itself is dropped: this pipeline is only measured).
     */
    public int annotate(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
