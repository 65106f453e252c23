package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.actors.ActorDictionary;
import parley.model.Article;
import parley.model.EventType;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * Which trigger patterns of triggers.yaml fire on a parsed text, token by token: what a user
 * writing a pattern checks it against, and what keeps every pattern's examples honest
 * (PatternExamplesTest).
 *
 * <pre>{@code
 * TriggerExplainer explainer = new TriggerExplainer(ActorDictionary.loadDefault(), CodingLexicon.loadDefault());
 * explainer.explain(text, annotator.annotate(text));
 * // [Fired[sentence=0, token=1, word=rejected, rule=verb:reject, type=REJECT]]
 * }</pre>
 */
public final class TriggerExplainer {
    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final Triggers triggers;

    public TriggerExplainer(ActorDictionary dictionary, CodingLexicon lexicon) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.triggers = new Triggers(lexicon);
    }

    /** A trigger found: where, the rule that fired and the type it signals (null: the pattern claims the word for no event). */
    public record Fired(int sentence, int token, String word, String rule, EventType type) {
    }

    /**
     * Every token a pattern matches, in text order, patterns of type NONE included (no participant,
     * date or filter is applied).
     */
    public List<Fired> explain(String text, AnnotatedText parsed) {
        Article article = new Article("explain", null, null, null, null, text, "en", null, List.of());
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, parsed, text);
        List<Fired> fired = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            SentenceGraph graph = actors.graph(sentence);
            for (int i = 0; i < graph.size(); i++) {
                Triggers.Trigger trigger = triggers.match(graph, i);
                if (trigger != null) {
                    fired.add(new Fired(sentence.index(), i, graph.word(i), trigger.name(), trigger.act().type()));
                }
            }
        }
        return fired;
    }

    /** Each pattern's name and the example sentences it must fire in. */
    public Map<String, List<String>> examples() {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        lexicon.patterns().forEach(pattern -> examples.put(pattern.name(), pattern.examples()));
        return examples;
    }
}
