package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.eval.EvalReport;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldReader;
import parley.learn.CrossValidation;
import parley.core.coding.EventFilter;
import parley.core.coding.EventProposer;
import parley.core.coding.LinearEventFilter;
import parley.core.coding.LinearEventProposer;
import parley.core.eval.Scorer;
import parley.core.eval.SystemOutput;
import parley.core.eval.SystemOutputReader;
import parley.core.pipeline.StageTimes;
import parley.model.Event;
import parley.model.Quote;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval}: scores coded events and quotes against gold files with the FORMAT.md rules.
 * Either codes INPUT itself, or scores files written by {@code parley code} (--events/--quotes).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score against gold files (FORMAT.md rules): P/R/F1 overall and per type, date and issue "
                + "accuracy, quote recall/precision/attribution.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <doc>.json gold files.")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to code and score (.txt, folders, .jsonl).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--events", paramLabel = "FILE", description = "Score this events.jsonl instead of coding INPUT.")
    Path eventsFile;

    @Option(names = "--quotes", paramLabel = "FILE", description = "With --events: the quotes.jsonl to score.")
    Path quotesFile;

    @Option(names = "--errors", description = "List every false positive and miss with its sentence, and date/issue errors.")
    boolean errors;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate: code each of K folds of the gold "
            + "articles with the learned parts fitted on the other K-1 folds only.")
    int folds;

    @Option(names = "--learned", paramLabel = "PARTS", description = "The learned parts to use: proposer (default, "
            + "as Parley ships), both (the proposer and the learned filter), filter, or none (the rules alone).")
    String learned = "proposer";

    @Mixin
    TrainCommand.Settings settings;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() {
        Map<String, GoldDocument> goldDocs = new GoldReader().readDirectory(gold);
        Map<String, List<Event>> events = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        if (eventsFile != null) {
            if (!inputs.isEmpty()) {
                throw new IllegalArgumentException("give either INPUT articles or --events, not both");
            }
            SystemOutput output = new SystemOutputReader().read(eventsFile, quotesFile);
            output.problems().forEach(problem -> System.err.println("parley eval: " + problem));
            events.putAll(output.events());
            quotes.putAll(output.quotes());
        } else if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give INPUT articles to code, or --events FILE");
        } else if (folds != 0 || !learned.equals("proposer")) {
            boolean filter = learned.equals("both") || learned.equals("filter");
            boolean proposer = learned.equals("both") || learned.equals("proposer");
            if (!filter && !proposer && !learned.equals("none")) {
                throw new IllegalArgumentException("--learned must be both, filter, proposer or none, got '" + learned + "'");
            }
            Parley.startLoading(coding.cacheDirectory());
            ReadResult read = ReadResult.read(inputs);
            Reports.printSkipped(System.err, read.skipped());
            CandidateCoding.Result coded = CandidateCoding.code(read, Parley.actors(coding.actorFiles, null),
                    Parley.annotator(coding.cacheDirectory()), coding.threads);
            Reports.printSkipped(System.err, coded.skipped().subList(read.skipped().size(), coded.skipped().size()));
            quotes.putAll(coded.quotes());
            if (folds == 0) {
                EventFilter shippedFilter = filter ? LinearEventFilter.loadDefault() : null;
                EventProposer shippedProposer = proposer ? LinearEventProposer.loadDefault() : null;
                coded.candidates().forEach((doc, candidates) -> events.put(doc, candidates.finish(shippedFilter, shippedProposer)));
            } else {
                events.putAll(new CrossValidation(CrossValidation.learner(settings.cost,
                        filter ? settings.threshold : Double.NaN, settings.proposerCost,
                        proposer ? settings.proposerThreshold : Double.NaN), folds).run(coded.candidates(), goldDocs));
            }
        } else {
            Parley.startLoading(coding.cacheDirectory());
            var annotator = Parley.annotator(coding.cacheDirectory());
            var coder = Parley.coder(Parley.actors(coding.actorFiles, null), annotator, new StageTimes());
            new CodingRunner(coder, coding.threads).run(ReadResult.source(inputs), CodingRunner.Handler.of(coded -> {
                events.put(coded.article().id(), coded.events());
                quotes.put(coded.article().id(), coded.quotes());
            }, skipped -> Reports.printSkipped(System.err, List.of(skipped))), RunProgress.off());
        }
        EvalReport report = new Scorer().score(goldDocs, events, quotes);
        System.out.println(json ? report.toJson() : report.toText(errors));
        return 0;
    }
}
