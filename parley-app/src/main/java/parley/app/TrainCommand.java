package parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.coding.LinearEventFilter;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldReader;
import parley.core.coding.LinearEventProposer;
import parley.learn.FilterTrainer;
import parley.learn.ProposerTrainer;
import parley.learn.LabelledCandidate;
import parley.learn.TrainingSet;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley train}: fits the event filter on gold articles and writes its model file. The
 * same input gives the same file (fixed seed, sorted weights).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the learned event filter and proposer on gold articles and write their model files (the "
                + "shipped ones are in parley-core/src/main/resources/parley/coding).")
final class TrainCommand implements Callable<Integer> {
    /** The learned parts' settings; Parley ships the defaults, chosen by 5-fold cross-validation on train. */
    static final class Settings {
        @Option(names = "--cost", paramLabel = "C", description = "The filter's LIBLINEAR C, the inverse regularisation "
                + "(default: ${DEFAULT-VALUE}).")
        double cost = 0.3;

        @Option(names = "--threshold", paramLabel = "P", description = "Probability an act needs to pass the filter "
                + "(default: ${DEFAULT-VALUE}).")
        double threshold = 0.4;

        @Option(names = "--proposer-cost", paramLabel = "C", description = "The proposer's LIBLINEAR C (default: ${DEFAULT-VALUE}).")
        double proposerCost = 0.3;

        @Option(names = "--proposer-threshold", paramLabel = "P", description = "Probability a sentence needs for the "
                + "proposer to propose an act (default: ${DEFAULT-VALUE}).")
        double proposerThreshold = 0.4;
    }

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <doc>.json gold files.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The gold articles (.txt, folders, .jsonl).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write event-filter.tsv and "
            + "event-proposer.tsv (Parley's own: parley-core/src/main/resources/parley/coding).")
    Path out;

    @Mixin
    Settings settings;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() throws IOException {
        Map<String, GoldDocument> goldDocs = new GoldReader().readDirectory(gold);
        Parley.startLoading(coding.cacheDirectory());
        ReadResult read = ReadResult.read(inputs);
        Reports.printSkipped(System.err, read.skipped());
        CandidateCoding.Result coded = CandidateCoding.code(read, Parley.actors(coding.actorFiles, null),
                Parley.annotator(coding.cacheDirectory()), coding.threads);
        List<LabelledCandidate> examples = TrainingSet.of(coded.candidates().values(), goldDocs);
        long events = examples.stream().filter(LabelledCandidate::event).count();
        LinearEventFilter filter = new FilterTrainer(settings.cost).train(examples, settings.threshold);
        List<ProposerTrainer.LabelledSentence> sentences = ProposerTrainer.sentences(coded.candidates().values(), goldDocs);
        LinearEventProposer proposer = new ProposerTrainer(settings.proposerCost).train(sentences, settings.proposerThreshold);
        long articles = coded.candidates().keySet().stream().filter(goldDocs::containsKey).count();
        String rebuild = "# Rebuild: ./parley train --gold DIR INPUT... --out DIR (same data, same file).\n";
        Files.createDirectories(out);
        Files.writeString(out.resolve("event-filter.tsv"), "# Parley event filter (parley train): logistic regression over "
                + "the features of the acts the\n# rules find, fitted with Tribuo's LIBLINEAR trainer (L2R_LR, C="
                + settings.cost + ", fixed seed) on " + articles + " gold articles\n# (" + examples.size() + " acts: "
                + events + " events, " + (examples.size() - events) + " not).\n" + rebuild + filter.text(),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("event-proposer.tsv"), "# Parley event proposer (parley train): one logistic "
                + "regression per event type over sentence\n# features, fitted with Tribuo's LIBLINEAR trainer (L2R_LR, C="
                + settings.proposerCost + ", fixed seed) on " + sentences.size() + " sentences of " + articles
                + " gold articles.\n" + rebuild + proposer.text(), StandardCharsets.UTF_8);
        System.out.printf("parley train: %d articles, %d acts (%d events), %d filter features; %d sentences -> %s "
                + "(%s, %s)%n", articles, examples.size(), events, filter.weights().size(), sentences.size(), out,
                filter.version(), proposer.version());
        return 0;
    }
}
