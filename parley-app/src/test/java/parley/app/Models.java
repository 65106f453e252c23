package parley.app;

import parley.core.nlp.Annotator;
import parley.nlp.corenlp.CoreNlpAnnotator;

/** The CoreNLP models, loaded once for all the tests of this module's JVM. */
final class Models {
    private static Annotator annotator;

    private Models() {
    }

    static synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.load();
        }
        return annotator;
    }
}
