package parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingLexicon;
import parley.core.coding.TriggerExplainer;

/**
 * Every trigger pattern of triggers.yaml fires in each of its own example sentences, parsed by the
 * real CoreNLP: a pattern that its parse never reaches (a misread dependency, an earlier pattern
 * taking the word) fails here, with the parse's triggers in the message.
 */
@Tag("corenlp")
class PatternExamplesTest {
    @Test
    void everyPatternFiresInItsExamples() {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
        TriggerExplainer explainer = new TriggerExplainer(ActorDictionary.loadDefault(), CodingLexicon.loadDefault());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> pattern : explainer.examples().entrySet()) {
            for (String example : pattern.getValue()) {
                List<TriggerExplainer.Fired> fired = explainer.explain(example, nlp.annotate(example));
                boolean fires = fired.stream().anyMatch(f -> f.rule().equals(pattern.getKey())
                        || f.rule().startsWith(pattern.getKey() + ":"));
                if (!fires) {
                    failures.add("'" + pattern.getKey() + "' does not fire in \"" + example + "\"; fired: " + fired);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(failures).isEmpty();
    }
}
