package parley.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import parley.core.json.Json;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * A test double for the NLP stage: replays an annotation that CoreNLP produced once (every
 * sentence parsed) and that is kept next to the text as a test resource, so the fast suite never
 * loads the models. Like the real annotator, it leaves the sentences a {@link ParseFilter} turns
 * down without their dependencies. Regenerate the resources with {@code
 * -Dparley.regenerateGolden=true} in parley-nlp-corenlp.
 */
public final class ReplayAnnotator implements Annotator {
    private final AnnotatedText annotated;
    private final String expectedText;

    public ReplayAnnotator(String expectedText, AnnotatedText annotated) {
        this.expectedText = expectedText;
        this.annotated = annotated;
    }

    /** Loads {@code <resource>} (an {@link AnnotatedText} JSON) for {@code text}. */
    public static ReplayAnnotator fromResource(String text, String resource) {
        try (InputStream in = ReplayAnnotator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing annotation fixture " + resource
                        + " (regenerate: mvn -pl parley-nlp-corenlp test -Dparley.regenerateGolden=true)");
            }
            return new ReplayAnnotator(text, Json.mapper().readValue(in, AnnotatedText.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public AnnotatedText annotate(String text, ParseFilter parse) {
        if (!text.equals(expectedText)) {
            throw new IllegalStateException("the replayed annotation belongs to another text; regenerate the fixture");
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            Sentence light = new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.tokens(), List.of());
            sentences.add(parse.needsParse(light) ? sentence : light);
        }
        return new AnnotatedText(sentences);
    }

    @Override
    public String version() {
        return "replay";
    }
}
