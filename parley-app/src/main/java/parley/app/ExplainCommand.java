package parley.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingLexicon;
import parley.core.coding.LinearEventFilter;
import parley.core.coding.QuoteExtractor;
import parley.core.coding.RuleBasedEventCoder;
import parley.core.eval.GoldActor;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldEvent;
import parley.core.eval.GoldReader;
import parley.core.nlp.Annotator;
import parley.core.pipeline.ParseCascade;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley explain}: why each sentence was or was not coded. For every trigger word a
 * pattern matched: the act it became (type, actors, recipients, issues, date, the rule chain and the
 * filter's probability), or the rule or stage that dropped it.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show, sentence by sentence, which trigger patterns fired, the acts they became (with every rule "
                + "that fired and the learned filter's probability) or what dropped them.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles (.txt, folders, .jsonl).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--doc", paramLabel = "ID", description = "Only the article with this id.")
    String doc;

    @Option(names = "--text", paramLabel = "TEXT", description = "Explain this text instead of INPUT articles.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "With --text: its publication date.")
    LocalDate date;

    @Option(names = "--gold", paramLabel = "DIR", description = "Also show the gold events of each sentence (from <doc>.json files).")
    Path gold;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() {
        Parley.startLoading(coding.cacheDirectory());
        List<Article> articles = new ArrayList<>();
        if (text != null) {
            articles.add(new Article("text", null, null, date, null, text, "en", "--text", List.of()));
        } else if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give INPUT articles or --text TEXT");
        } else {
            ReadResult read = ReadResult.read(inputs);
            Reports.printSkipped(System.err, read.skipped());
            read.articles().stream().filter(a -> doc == null || a.id().equals(doc)).forEach(articles::add);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException(doc == null ? "no article in INPUT" : "no article with id '" + doc + "'");
            }
        }
        Annotator annotator = Parley.annotator(coding.cacheDirectory());
        LinearEventFilter filter = null; // not in the shipped pipeline (Parley.coder)
        ActorDictionary actors = Parley.actors(coding.actorFiles, null);
        RuleBasedEventCoder coder = Parley.eventCoder(actors, filter, null);
        ParseCascade cascade = Parley.cascade(actors, null);
        QuoteExtractor quotes = new QuoteExtractor(actors, CodingLexicon.loadDefault());
        PrintStream out = System.out;
        java.util.Map<String, GoldDocument> goldDocs = gold == null ? java.util.Map.of() : new GoldReader().readDirectory(gold);
        for (Article article : articles) {
            List<GoldEvent> goldEvents = goldDocs.containsKey(article.id()) ? goldDocs.get(article.id()).events() : List.of();
            AnnotatedText parsed = annotator.annotate(article.bodyText(), cascade.filter(article));
            List<RuleBasedEventCoder.Trace> traces = coder.explain(article, parsed, quotes.extract(article, parsed));
            out.printf("== %s (published %s; filter %s)%n", article.id(), article.published(),
                    filter == null ? "none" : filter.version() + ", keeps p >= " + filter.threshold());
            for (Sentence sentence : parsed.sentences()) {
                String words = article.text().substring(sentence.begin(), sentence.end()).replace('\n', ' ');
                boolean furniture = article.isFurniture(sentence.begin(), sentence.end());
                out.printf("[%d]%s %s%n", sentence.index(), furniture ? " (furniture, not coded)" : "", words);
                for (GoldEvent event : goldEvents) {
                    if (event.evidence() != null && normal(words).contains(normal(event.evidence()))) {
                        out.println("    GOLD " + (event.optional() ? "(optional) " : "") + event.type() + " "
                                + event.actor().stream().map(GoldActor::code).collect(Collectors.joining(",")) + " -> "
                                + (event.recipient().isEmpty() ? "-" : event.recipient().stream().map(GoldActor::code)
                                .collect(Collectors.joining(","))) + " " + event.issues() + " " + event.date());
                    }
                }
                for (RuleBasedEventCoder.Trace trace : traces) {
                    if (trace.sentence() == sentence.index()) {
                        out.println("    " + describe(trace));
                    }
                }
            }
        }
        return 0;
    }

    private static String describe(RuleBasedEventCoder.Trace trace) {
        String rules = String.join(" > ", trace.rules());
        if (trace.event() == null) {
            return trace.word() + ": " + trace.type() + " " + rules + "  DROPPED by " + trace.dropped();
        }
        Event e = trace.event();
        String probability = Double.isNaN(trace.probability()) ? ""
                : String.format(java.util.Locale.ROOT, "  p=%.2f", trace.probability());
        return trace.word() + ": " + e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " " + codes(e.actor()) + " -> "
                + codes(e.recipient()) + " " + e.issues() + " " + e.date() + (e.aux() == null ? "" : " " + e.aux().id())
                + probability + "  | " + rules;
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\p{Punct}\u201c\u201d\u2018\u2019]+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String codes(List<ActorRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(ActorRef::code).collect(Collectors.joining(","));
    }
}
