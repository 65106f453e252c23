package parley.core.workspace;

import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Which languages a workspace codes. An article in another language is not coded (the coder reads
 * English), and it is not dropped either: it becomes a skip with reason {@code language} whose
 * detail names the language found and the article id.
 */
public interface LanguagePolicy {
    /**
     * The verdict on one article.
     *
     * @param accepted the article with its {@code lang} set, when it may be coded; else null
     * @param refused  the skip that says why not; null when accepted
     */
    record Verdict(Article accepted, SkippedInput refused) {
        public Verdict {
            if ((accepted == null) == (refused == null)) {
                throw new IllegalArgumentException("a verdict either accepts an article or refuses it");
            }
        }
    }

    /** Accepts or refuses {@code article}. */
    Verdict check(Article article);

    /** A policy that accepts every article as it is. */
    static LanguagePolicy acceptAll() {
        return article -> new Verdict(article, null);
    }
}
