package parley.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.nlp.Annotator;
import parley.core.pipeline.StageTimes;
import parley.model.Article;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench}: throughput of the whole coding pipeline. Model loading is timed apart;
 * the annotation cache is off unless asked for, so the parser's real cost is measured.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coding throughput: articles/s and seconds per stage (model loading apart).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt files, folders of them, .jsonl article records.")
    List<Path> inputs;

    @Option(names = "--rounds", paramLabel = "N", description = "Times to code the whole input (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, got " + rounds);
        }
        long readStart = System.nanoTime();
        ReadResult read = ReadResult.read(inputs);
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        long loadStart = System.nanoTime();
        var actors = Parley.actors(coding.actorFiles, null);
        double dictionarySeconds = (System.nanoTime() - loadStart) / 1e9;
        long modelStart = System.nanoTime();
        Annotator annotator = coding.cache != null ? Parley.annotator(coding.cache) : Parley.annotator(null);
        annotator.annotate("Models are loaded before timing starts.", LocalDate.of(2025, 1, 1));
        double modelSeconds = (System.nanoTime() - modelStart) / 1e9;
        StageTimes times = new StageTimes();
        var coder = Parley.coder(actors, annotator, times);
        long chars = read.articles().stream().mapToLong(a -> a.text().length()).sum();
        long start = System.nanoTime();
        int[] events = new int[1];
        for (int round = 0; round < rounds; round++) {
            new CodingRunner(coder, coding.threads).run(read.articles(), CodingRunner.Handler.of(
                    coded -> events[0] += coded.events().size(),
                    skipped -> Reports.printSkipped(System.err, List.of(skipped))), RunProgress.off());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int articles = read.articles().size() * rounds;
        System.out.printf("articles            %d (%d rounds of %d; %d skipped)%n", articles, rounds,
                read.articles().size(), read.skipped().size());
        System.out.printf("threads             %d%n", coding.threads);
        System.out.printf("reading             %.2f s%n", readSeconds);
        System.out.printf("dictionary loading  %.2f s%n", dictionarySeconds);
        System.out.printf("model loading       %.2f s%n", modelSeconds);
        System.out.printf("coding (wall)       %.2f s%n", seconds);
        System.out.printf("throughput          %.2f articles/s, %.0f chars/s, %d events%n", articles / seconds,
                chars * rounds / seconds, events[0]);
        System.out.println("per stage (summed over threads):");
        for (Map.Entry<String, Double> stage : times.seconds().entrySet()) {
            System.out.printf("  %-17s %.2f s (%.1f ms/article)%n", stage.getKey(), stage.getValue(),
                    1000 * stage.getValue() / Math.max(1, articles));
        }
        return 0;
    }

}
