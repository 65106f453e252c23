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
import parley.learn.FilterTrainer;
import parley.learn.LabelledCandidate;
import parley.learn.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley train}: fits the event filter on gold articles and writes its model file. The
 * same input gives the same file (fixed seed, sorted weights).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the learned event filter on gold articles and write the model file (the shipped one is "
                + "parley-core/src/main/resources/parley/coding/event-filter.tsv).")
final class TrainCommand implements Callable<Integer> {
    /** The regularisation and threshold Parley ships with; chosen by 5-fold cross-validation on train. */
    static final double COST = 0.3;
    static final double THRESHOLD = 0.4;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <doc>.json gold files.")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "The gold articles (.txt, folders, .jsonl).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C, the inverse regularisation (default: ${DEFAULT-VALUE}).")
    double cost = COST;

    @Option(names = "--threshold", paramLabel = "P", description = "Probability an act needs to be kept (default: ${DEFAULT-VALUE}).")
    double threshold = THRESHOLD;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() throws IOException {
        Map<String, GoldDocument> goldDocs = new GoldReader().readDirectory(gold);
        ReadResult read = ReadResult.read(inputs);
        Reports.printSkipped(System.err, read.skipped());
        CandidateCoding.Result coded = CandidateCoding.code(read, Parley.actors(coding.actorFiles, null),
                Parley.annotator(coding.cacheDirectory()), coding.threads);
        List<LabelledCandidate> examples = TrainingSet.of(coded.candidates().values(), goldDocs);
        long events = examples.stream().filter(LabelledCandidate::event).count();
        LinearEventFilter filter = new FilterTrainer(cost).train(examples, threshold);
        long articles = coded.candidates().keySet().stream().filter(goldDocs::containsKey).count();
        String header = "# Parley event filter (parley train): logistic regression over the features of the acts the\n"
                + "# rules find, fitted with Tribuo's LIBLINEAR trainer (L2R_LR, C=" + cost + ", fixed seed) on "
                + articles + " gold articles\n# (" + examples.size() + " acts: " + events + " events, "
                + (examples.size() - events) + " not). Rebuild: ./parley train --gold DIR INPUT... --out FILE\n";
        Files.writeString(out, header + filter.text(), StandardCharsets.UTF_8);
        System.out.printf("parley train: %d articles, %d acts (%d events), %d features -> %s (%s)%n", articles,
                examples.size(), events, filter.weights().size(), out, filter.version());
        return 0;
    }
}
