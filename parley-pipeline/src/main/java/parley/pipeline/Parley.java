package parley.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingLexicon;
import parley.core.coding.EventFilter;
import parley.core.coding.EventProposer;
import parley.core.coding.LinearEventProposer;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.RuleBasedEventCoder;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.InputProgress;
import parley.core.ingest.Inputs;
import parley.core.ingest.ReadSink;
import parley.core.nlp.Annotator;
import parley.core.nlp.CachingAnnotator;
import parley.core.nlp.ParseFilter;
import parley.core.nlp.WhitespaceAnnotator;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.ParseCascade;
import parley.core.pipeline.StageTimes;
import parley.core.time.DateResolver;
import parley.core.workspace.DuplicateDetector;
import parley.core.workspace.LanguagePolicy;
import parley.ingest.web.WebReaders;
import parley.ingest.web.dedup.DuplicateIndex;
import parley.ingest.web.lang.AcceptedLanguages;
import parley.ingest.web.lang.LanguageDetector;
import parley.ingest.web.lang.LanguageFilter;
import parley.model.nlp.AnnotatedText;
import parley.nlp.corenlp.CoreNlpAnnotator;

/**
 * The composition root of coding: the one place that chooses every implementation of reading and
 * coding. Loaded resources (the dictionary, the lexicon, the CoreNLP models, the language
 * detector) are built once per process and shared. The command line ({@code parley-app}) and the
 * Spark job ({@code parley-spark}) both build their pipelines here, so an article is coded the same
 * way by either.
 *
 * <pre>{@code
 * ArticleCoder coder = Parley.coder(Parley.actors(List.of(), null), Parley.annotator(null), new StageTimes());
 * Parley.read(List.of(Path.of("corpus/dev.jsonl")), sink, InputProgress.NONE);   // sink codes each article
 * }</pre>
 */
public final class Parley {
    private Parley() {
    }

    /** The default readers for every input format Parley knows. */
    public static List<ArticleReader> readers() {
        List<ArticleReader> readers = new ArrayList<>(Inputs.defaultReaders());
        readers.addAll(WebReaders.all());
        return List.copyOf(readers);
    }

    /**
     * Reads {@code inputs} as every coding command does: with every reader Parley has, and articles
     * not in {@link #LANGUAGES} listed as skipped for their language, never coded as English.
     */
    public static void read(List<Path> inputs, ReadSink sink, InputProgress progress) {
        Inputs.read(List.copyOf(inputs), readers(), new LanguageFilter(languages(), LANGUAGES, sink), progress);
    }

    private static LanguageDetector languages;

    /** The languages Parley codes: English. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en");

    /**
     * The language policy of every workspace ingest: {@link #LANGUAGES} only. The detector loads on
     * the first article checked, so a server that takes no ingest never waits for it.
     */
    public static LanguagePolicy languagePolicy() {
        return new LanguagePolicy() {
            private AcceptedLanguages policy;

            @Override
            public synchronized Verdict check(parley.model.Article article) {
                if (policy == null) {
                    policy = new AcceptedLanguages(languages(), LANGUAGES);
                }
                return policy.check(article);
            }
        };
    }

    /** The near-duplicate detector of a workspace ingest (MinHash; seeded by the ingest service). */
    public static DuplicateDetector duplicates() {
        return new DuplicateIndex();
    }

    /** The language detector (Lingua), loaded once per process. */
    public static synchronized LanguageDetector languages() {
        if (languages == null) {
            languages = new LanguageDetector();
        }
        return languages;
    }

    /**
     * The shipped actor dictionary plus the user's files: {@code --actors}, the folder named by
     * {@code $PARLEY_ACTORS}, and {@code <data>/actors} when present. No rebuild is needed.
     */
    public static ActorDictionary actors(List<Path> userFiles, Path dataDir) {
        List<Path> extra = new ArrayList<>(userFiles == null ? List.of() : userFiles);
        String env = System.getenv("PARLEY_ACTORS");
        if (env != null && !env.isBlank()) {
            extra.add(Path.of(env));
        }
        if (dataDir != null && Files.isDirectory(dataDir.resolve("actors"))) {
            extra.add(dataDir.resolve("actors"));
        }
        return extra.isEmpty() ? ActorDictionary.loadDefault() : ActorDictionary.load(extra);
    }

    /**
     * The environment variable that chooses the annotator: unset, empty or {@code corenlp} for
     * CoreNLP; {@code whitespace} for {@link WhitespaceAnnotator}, which loads no models and codes
     * (almost) nothing: for measuring reading and storing, and for tests of the whole command line.
     */
    public static final String ANNOTATOR_VARIABLE = "PARLEY_ANNOTATOR";

    /**
     * CoreNLP behind a disk cache; the models load on the first article the cache does not hold.
     * With {@value #ANNOTATOR_VARIABLE}{@code =whitespace}, the model-free annotator, uncached.
     *
     * @param cacheDir where annotations are kept, or null for no cache
     * @throws IllegalArgumentException when {@value #ANNOTATOR_VARIABLE} names no annotator
     */
    public static Annotator annotator(Path cacheDir) {
        return annotator(System.getenv(ANNOTATOR_VARIABLE), cacheDir);
    }

    /**
     * The annotator named {@code chosen} (as {@value #ANNOTATOR_VARIABLE} would name it: null,
     * empty or {@code corenlp}, or {@code whitespace}), for a process that decided elsewhere (the
     * driver of a Spark job, for its executors).
     *
     * @param cacheDir where annotations are kept, or null for no cache
     * @throws IllegalArgumentException when {@code chosen} names no annotator
     */
    public static Annotator annotator(String chosen, Path cacheDir) {
        String name = chosen == null ? "" : chosen.strip().toLowerCase(Locale.ROOT);
        if (name.equals("whitespace")) {
            return new WhitespaceAnnotator();
        }
        if (!name.isEmpty() && !name.equals("corenlp")) {
            throw new IllegalArgumentException(ANNOTATOR_VARIABLE + " must be corenlp or whitespace, got '" + chosen + "'");
        }
        if (cacheDir == null) {
            // Loaded on the first article, not here: a run whose articles are all stored already
            // (or all copies) never waits for the models.
            return new Annotator() {
                @Override
                public AnnotatedText annotate(String text, ParseFilter parse) {
                    return coreNlp().annotate(text, parse);
                }

                @Override
                public String version() {
                    return CoreNlpAnnotator.VERSION;
                }
            };
        }
        return new CachingAnnotator(cacheDir, CoreNlpAnnotator.VERSION, Parley::coreNlp);
    }

    /**
     * Starts loading, on background threads, what a coding run will need, so that it loads while
     * the dictionary loads and the first articles are read (the cold start of {@code parley code}
     * on one article is mostly loading): the coding lexicon, the learned filter and proposer and
     * the language models always; the CoreNLP models (themselves loaded in parallel) when no cache can hold the
     * first article, that is without a cache or with an empty one. With a cache that holds entries,
     * they still load on the first article it does not hold, so that a run coding only cached or
     * stored articles never spends the CPU.
     */
    public static void startLoading(Path cacheDir) {
        inBackground("lexicon", CodingLexicon::loadDefault);
        inBackground("proposer", LinearEventProposer::loadDefault);
        inBackground("languages", Parley::languages);
        String chosen = System.getenv(ANNOTATOR_VARIABLE);
        boolean coreNlp = chosen == null || chosen.isBlank() || chosen.strip().equalsIgnoreCase("corenlp");
        if (coreNlp && (cacheDir == null || isEmpty(cacheDir))) {
            coreNlp();
        }
    }

    private static void inBackground(String what, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // reported where the resource is used, on the thread that needs it
            }
        }, "parley-load-" + what);
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean isEmpty(Path directory) {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static Annotator models;

    /** The CoreNLP models, loaded at most once per process (in the background: see {@link CoreNlpAnnotator#load()}). */
    public static synchronized Annotator coreNlp() {
        if (models == null) {
            models = CoreNlpAnnotator.load();
        }
        return models;
    }

    /**
     * The full coding pipeline: the rules and the learned proposer Parley ships. The learned filter
     * is not in it: under 5-fold cross-validation on the train set it cost recall on the rare types
     * more than it gained precision (events F1 0.558 with it, 0.561 without; the check set 0.754 and
     * 0.766); {@code parley eval --learned both} still measures it.
     */
    public static ArticleCoder coder(ActorDictionary actors, Annotator annotator, StageTimes times) {
        CodingLexicon lexicon = CodingLexicon.loadDefault();
        LinearEventProposer proposer = LinearEventProposer.loadDefault();
        return new ArticleCoder(annotator, cascade(actors, proposer), eventCoder(actors, null, proposer),
                new QuoteExtractor(actors, lexicon), times);
    }

    /** Which sentences a coder with {@code proposer} (null: none) needs parsed (see {@link ParseCascade}). */
    public static ParseCascade cascade(ActorDictionary actors, EventProposer proposer) {
        return new ParseCascade(actors, CodingLexicon.loadDefault(), new DateResolver(), proposer);
    }

    /** The event coder: the rules, and the learned filter and proposer where given (null: not used). */
    public static RuleBasedEventCoder eventCoder(ActorDictionary actors, EventFilter filter, EventProposer proposer) {
        return new RuleBasedEventCoder(actors, CodingLexicon.loadDefault(), new DateResolver(), filter, proposer);
    }
}
