package parley.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import parley.core.nlp.Annotator;
import parley.core.pipeline.StageTimes;
import parley.model.Article;
import parley.pipeline.Parley;
import parley.nlp.corenlp.CoreNlpDefaultPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley bench}: throughput of the whole coding pipeline. Model loading is timed apart, and
 * so is a warm-up (the input coded once, untimed, while the JIT compiles the hot code, as it has
 * early in a long run); the annotation cache is off unless asked for, so the parser's real cost is
 * measured. With
 * {@code --compare-corenlp}, CoreNLP's default pipeline annotates the same texts on as many
 * threads in the same run, and a fresh process codes the first article from the command line, for
 * the cold start.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coding throughput: articles/s and seconds per stage (model loading apart).")
final class BenchCommand implements Callable<Integer> {
    /** Set by the ./parley launcher to its own path, so that the cold start is timed through it. */
    static final String LAUNCHER_VARIABLE = "PARLEY_LAUNCHER";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt files, folders of them, .jsonl article records.")
    List<Path> inputs;

    @Option(names = "--rounds", paramLabel = "N", description = "Times to code the whole input (default: ${DEFAULT-VALUE}).")
    int rounds = 1;

    /** Articles the default warm-up codes at least, in whole rounds of the input. */
    static final int WARMUP_ARTICLES = 100;

    @Option(names = "--warmup", paramLabel = "N", description = "Rounds coded first, untimed, while the JIT compiles "
            + "the hot code, as it has in a long run (default: as many rounds as code at least " + WARMUP_ARTICLES
            + " articles, one at least: 5 for 21 articles, 1 for 112).")
    Integer warmup;

    @Option(names = "--compare-corenlp", description = "Also run CoreNLP's default pipeline (tokenize, ssplit, pos, "
            + "lemma, ner, depparse; default properties) on the same texts and threads, print both throughputs and "
            + "their ratio, and time a cold start (a fresh process coding the first article).")
    boolean compareCoreNlp;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, got " + rounds);
        }
        if (warmup != null && warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got " + warmup);
        }
        long readStart = System.nanoTime();
        ReadResult read = ReadResult.read(inputs);
        double readSeconds = (System.nanoTime() - readStart) / 1e9;
        if (read.articles().isEmpty()) {
            throw new IllegalArgumentException("no article to measure in " + inputs);
        }
        if (warmup == null) {
            warmup = Math.max(1, (WARMUP_ARTICLES + read.articles().size() - 1) / read.articles().size());
        }
        long loadStart = System.nanoTime();
        var actors = Parley.actors(coding.actorFiles, null);
        double dictionarySeconds = (System.nanoTime() - loadStart) / 1e9;
        long modelStart = System.nanoTime();
        Annotator annotator = coding.cache != null ? Parley.annotator(coding.cache) : Parley.annotator(null);
        annotator.annotate("Models are loaded before timing starts.");
        double modelSeconds = (System.nanoTime() - modelStart) / 1e9;
        long warmStart = System.nanoTime();
        var warming = Parley.coder(actors, annotator, new StageTimes());
        for (int round = 0; round < warmup; round++) {
            new CodingRunner(warming, coding.threads).run(read.articles(), CodingRunner.Handler.of(coded -> { },
                    skipped -> { }), RunProgress.off());
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
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
        double throughput = articles / seconds;
        System.out.printf("articles            %d (%d rounds of %d; %d skipped)%n", articles, rounds,
                read.articles().size(), read.skipped().size());
        System.out.printf("threads             %d%n", coding.threads);
        System.out.printf("reading             %.2f s%n", readSeconds);
        System.out.printf("dictionary loading  %.2f s%n", dictionarySeconds);
        System.out.printf("model loading       %.2f s%n", modelSeconds);
        System.out.printf("warm-up             %.2f s (%d untimed rounds)%n", warmSeconds, warmup);
        System.out.printf("coding (wall)       %.2f s%n", seconds);
        System.out.printf("throughput          %.2f articles/s, %.0f chars/s, %d events%n", throughput,
                chars * rounds / seconds, events[0]);
        Map<String, Long> counts = times.counts();
        long sentences = counts.getOrDefault("sentences", 0L);
        long parsed = counts.getOrDefault("sentences parsed", 0L);
        System.out.printf("sentences parsed    %d of %d (%.1f%%; the others are tagged only)%n", parsed, sentences,
                sentences == 0 ? 0.0 : 100.0 * parsed / sentences);
        System.out.println("per stage (summed over threads; CPU time of those threads beside wall time):");
        Map<String, Double> cpu = times.cpuSeconds();
        for (Map.Entry<String, Double> stage : times.seconds().entrySet()) {
            double cpuSeconds = cpu.getOrDefault(stage.getKey(), 0.0);
            System.out.printf("  %-17s %.2f s (%.1f ms/article), cpu %.2f s (%.1f ms/article)%n", stage.getKey(),
                    stage.getValue(), 1000 * stage.getValue() / articles, cpuSeconds, 1000 * cpuSeconds / articles);
        }
        if (compareCoreNlp) {
            double baseline = coreNlpDefault(read.articles());
            System.out.printf("parley / corenlp    %.1f times the throughput of CoreNLP's default pipeline%n",
                    throughput / baseline);
            coldStart(read.articles().get(0));
        }
        return 0;
    }

    /** Runs CoreNLP's default pipeline on the articles' body texts, {@code rounds} times; returns articles/s. */
    private double coreNlpDefault(List<Article> articles) {
        long loadStart = System.nanoTime();
        CoreNlpDefaultPipeline pipeline = CoreNlpDefaultPipeline.load();
        pipeline.annotate("Models are loaded before timing starts.");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(coding.threads);
        long start = System.nanoTime();
        double warmSeconds;
        try {
            annotateAll(pipeline, articles, warmup, pool);
            warmSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            annotateAll(pipeline, articles, rounds, pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running CoreNLP's default pipeline", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP's default pipeline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double throughput = articles.size() * rounds / seconds;
        System.out.printf("corenlp default     %s, default properties, %d threads%n",
                CoreNlpDefaultPipeline.ANNOTATORS, coding.threads);
        System.out.printf("  model loading     %.2f s%n", loadSeconds);
        System.out.printf("  warm-up           %.2f s (%d untimed rounds)%n", warmSeconds, warmup);
        System.out.printf("  annotating (wall) %.2f s%n", seconds);
        System.out.printf("  throughput        %.2f articles/s%n", throughput);
        return throughput;
    }

    private static void annotateAll(CoreNlpDefaultPipeline pipeline, List<Article> articles, int rounds,
                                    ExecutorService pool) throws InterruptedException, ExecutionException {
        List<Future<Integer>> pending = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Article article : articles) {
                pending.add(pool.submit(() -> pipeline.annotate(article.bodyText())));
            }
        }
        for (Future<Integer> done : pending) {
            done.get();
        }
    }

    /**
     * Times a fresh process coding {@code article} from a .txt file, as a user's first command
     * would: through the ./parley launcher when it started this one, else the same java command;
     * no annotation cache. The process writes the article's events and ends: its wall time is
     * the time to the first event, JVM start included.
     */
    private void coldStart(Article article) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parley-cold-start");
            Path text = Files.writeString(dir.resolve("one-article.txt"), article.text(), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            String launcher = System.getenv(LAUNCHER_VARIABLE);
            if (launcher != null && Files.isExecutable(Path.of(launcher))) {
                command.add(launcher);
            } else {
                command.add(ProcessHandle.current().info().command().orElse("java"));
                command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            }
            command.addAll(List.of("code", text.toString(), "--events", dir.resolve("events.jsonl").toString(),
                    "--no-cache", "--quiet"));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the cold-start process did not end within 10 minutes");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the cold-start process failed (exit " + process.exitValue() + "): "
                        + Files.readString(dir.resolve("output.txt")).strip());
            }
            long events = Files.readAllLines(dir.resolve("events.jsonl")).size();
            System.out.printf("cold start          %.2f s to code one article (%d events) in a fresh process, JVM "
                    + "start included (%s)%n", seconds, events, launcher != null ? "./parley code" : "java ... code");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot time the cold start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing the cold start", e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs nothing
        }
    }
}
