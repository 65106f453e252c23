package parley.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parley.core.actors.ActorDictionary;
import parley.core.coding.ArticleCandidates;
import parley.core.coding.CodingLexicon;
import parley.core.coding.LinearEventFilter;
import parley.core.coding.LinearEventProposer;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.RuleBasedEventCoder;
import parley.core.ingest.JsonLinesReader;
import parley.core.ingest.ReadSink;
import parley.core.pipeline.ParseCascade;
import parley.core.time.DateResolver;
import parley.model.Article;
import parley.model.Quote;
import parley.model.SkippedInput;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * The NLP cascade loses nothing on the shared corpora (../shared/corpus/dev.jsonl and
 * train.jsonl; skipped when absent): every article coded from the sentences the cascade has
 * parsed gives the same acts of the rules (with the same features for the learned filter), the
 * same events once the learned filter and proposer Parley ships have had their say, and the same
 * quotes as coded from every sentence parsed. Prints the share of sentences parsed.
 */
@Tag("corenlp")
class ParseCascadeOnCorporaTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final CodingLexicon LEXICON = CodingLexicon.loadDefault();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "train"})
    void codesTheSameEventsAndQuotesAsWithEverySentenceParsed(String set) throws Exception {
        Path corpus = shared().resolve("corpus").resolve(set + ".jsonl");
        assumeTrue(Files.isRegularFile(corpus), corpus + " is absent");
        List<Article> articles = read(corpus);
        CoreNlpAnnotator nlp = CoreNlpAnnotator.load();
        LinearEventProposer proposer = LinearEventProposer.loadDefault();
        ParseCascade cascade = new ParseCascade(ACTORS, LEXICON, new DateResolver(), proposer);
        RuleBasedEventCoder coder = new RuleBasedEventCoder(ACTORS, LEXICON, new DateResolver(),
                LinearEventFilter.loadDefault(), proposer);
        QuoteExtractor quotes = new QuoteExtractor(ACTORS, LEXICON);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (Article article : articles) {
                results.add(pool.submit(() -> {
                    AnnotatedText full = nlp.annotate(article.bodyText());
                    AnnotatedText cascaded = nlp.annotate(article.bodyText(), cascade.filter(article));
                    List<Quote> fullQuotes = quotes.extract(article, full);
                    List<Quote> cascadedQuotes = quotes.extract(article, cascaded);
                    assertThat(cascadedQuotes).as("quotes of %s", article.id()).isEqualTo(fullQuotes);
                    ArticleCandidates fullActs = coder.candidates(article, full, fullQuotes);
                    ArticleCandidates cascadedActs = coder.candidates(article, cascaded, cascadedQuotes);
                    assertThat(cascadedActs.events()).as("acts of %s", article.id()).isEqualTo(fullActs.events());
                    assertThat(cascadedActs.features()).as("features of %s", article.id()).isEqualTo(fullActs.features());
                    assertThat(coder.code(article, cascaded, cascadedQuotes)).as("events of %s", article.id())
                            .isEqualTo(coder.code(article, full, fullQuotes));
                    long parsed = cascaded.sentences().stream().filter(s -> !s.tokens().isEmpty() && s.parsed()).count();
                    long all = cascaded.sentences().stream().filter(s -> !s.tokens().isEmpty()).count();
                    long proposed = coder.code(article, full, fullQuotes).stream()
                            .filter(e -> e.provenance().rule() != null && e.provenance().rule().startsWith("proposed:")).count();
                    return new long[] {all, parsed, fullActs.events().size(), proposed};
                }));
            }
            long sentences = 0;
            long parsed = 0;
            long acts = 0;
            long proposed = 0;
            for (Future<long[]> result : results) {
                long[] counts = result.get();
                sentences += counts[0];
                parsed += counts[1];
                acts += counts[2];
                proposed += counts[3];
            }
            System.out.printf("parse cascade on %s: %d articles, %d acts of the rules, %d events proposed, %d of %d sentences"
                    + " parsed (%.1f%% skipped)%n", set, articles.size(), acts, proposed, parsed, sentences,
                    100.0 * (sentences - parsed) / sentences);
            assertThat(parsed).isLessThan(sentences);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Article> read(Path corpus) {
        List<Article> articles = new ArrayList<>();
        new JsonLinesReader().read(corpus, new ReadSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                throw new AssertionError("corpus record skipped: " + skipped);
            }
        });
        return articles;
    }

    /** The shared data folder: the first {@code shared} beside the working directory or one of its parents. */
    static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared").resolve("corpus"))) {
                return dir.resolve("shared");
            }
        }
        return Path.of("..", "shared");
    }
}
