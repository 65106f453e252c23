package parley.core.pipeline;

import java.time.LocalDate;
import java.util.List;
import parley.core.actors.ActorDictionary;
import parley.core.actors.ActorMatch;
import parley.core.coding.CodingLexicon;
import parley.core.coding.EventProposer;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.SentenceFeatures;
import parley.core.nlp.ParseFilter;
import parley.core.time.DateResolver;
import parley.core.time.Tense;
import parley.model.Article;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * The NLP cascade: which sentences of an article get the dependency parse. Every sentence gets the
 * cheap stages (tokens, parts of speech, lemmas, named entities); a sentence is parsed only when
 * the coder reads its parse, which is judged from the coder's own data at run time, never from a
 * copied word list:
 * <ul>
 *   <li><b>it can hold an event</b>: the tokens some trigger pattern coding an event needs
 *       ({@link CodingLexicon#mayCodeEvent}, from triggers.yaml and lexicon.yaml);</li>
 *   <li><b>the learned proposer may find an act in it</b>: with its words, whatever count of
 *       actors the parse may find, some type reaches the proposer's threshold
 *       ({@link SentenceFeatures#mayBeProposed}, from the proposer's own weights);</li>
 *   <li><b>it can hold a quote's speaker</b>: it touches a quoted stretch that the quote
 *       extractor considers ({@link QuoteExtractor#spans});</li>
 *   <li><b>it introduces a person</b>: a proper noun the named-entity tagger calls a person and
 *       the actor dictionary does not know; the article's actors learn from the parse whose side
 *       such a person is on ("Ukraine's Deputy Foreign Minister Sergiy Kyslytsya") for every
 *       later mention and pronoun;</li>
 *   <li><b>it dates the text</b> (articles without a publication date only): a date expression,
 *       which the tense of the main clause resolves and which moves the date in focus.</li>
 * </ul>
 * Any other sentence codes nothing and changes nothing the coder uses elsewhere, so the events are
 * those of a fully parsed text (parley-nlp-corenlp's {@code ParseCascadeTest} checks it on the
 * shared corpora). Immutable and thread-safe; {@link #filter} is one article's.
 *
 * <pre>{@code
 * ParseCascade cascade = new ParseCascade(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(), new DateResolver(),
 *         LinearEventProposer.loadDefault());
 * AnnotatedText text = annotator.annotate(article.bodyText(), cascade.filter(article));
 * }</pre>
 */
public final class ParseCascade {
    /** Any day: the date check only asks whether a sentence names a date, not which. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);
    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final DateResolver dates;
    private final EventProposer proposer;

    /** @param proposer the learned proposer the coder uses, or null when it uses none */
    public ParseCascade(ActorDictionary dictionary, CodingLexicon lexicon, DateResolver dates, EventProposer proposer) {
        if (dictionary == null || lexicon == null || dates == null) {
            throw new IllegalArgumentException("dictionary, lexicon and date resolver are required, got "
                    + dictionary + ", " + lexicon + ", " + dates);
        }
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.dates = dates;
        this.proposer = proposer;
    }

    /** The sentences of {@code article}'s body text whose parse the coder reads. */
    public ParseFilter filter(Article article) {
        return new ArticleFilter(article);
    }

    /** One article's filter: its quotes found up front, its dictionary matches when first needed. */
    private final class ArticleFilter implements ParseFilter {
        private final Article article;
        private final String body;
        private final List<QuoteExtractor.Span> quotes;
        private List<ActorMatch> matches;

        ArticleFilter(Article article) {
            this.article = article;
            this.body = article.bodyText();
            this.quotes = QuoteExtractor.spans(body);
        }

        @Override
        public boolean needsParse(Sentence sentence) {
            if (lexicon.mayCodeEvent(sentence.tokens())) {
                return true;
            }
            if (proposer != null && SentenceFeatures.mayBeProposed(proposer, sentence.tokens(), text(sentence),
                    sentence.index(), lexicon)) {
                return true;
            }
            for (QuoteExtractor.Span quote : quotes) {
                if (sentence.end() > quote.start() - 1 && sentence.begin() < quote.end() + 1) {
                    return true;
                }
            }
            for (Token token : sentence.tokens()) {
                if ("PERSON".equals(token.ner()) && token.pos() != null && token.pos().startsWith("NNP")
                        && !known(token)) {
                    return true;
                }
            }
            return article.published() == null && namesDate(sentence);
        }

        /** Whether an actor dictionary entry covers part of the token. */
        private boolean known(Token token) {
            if (matches == null) {
                matches = dictionary.find(body);
            }
            for (ActorMatch match : matches) {
                if (match.start() < token.end() && match.end() > token.begin()) {
                    return true;
                }
                if (match.start() >= token.end()) {
                    break;
                }
            }
            return false;
        }

        /** The sentence's text, as the coder reads it. */
        private String text(Sentence sentence) {
            return article.text().substring(sentence.begin(), sentence.end());
        }

        private boolean namesDate(Sentence sentence) {
            String text = text(sentence);
            if (text.isBlank()) {
                return false;
            }
            // Whatever the tense, as the coder resolves each mention with the tense of the parse.
            for (Tense tense : Tense.values()) {
                if (!dates.find(text, ANY_DAY, ANY_DAY, tense).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }
}
