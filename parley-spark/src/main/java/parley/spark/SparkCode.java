package parley.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import parley.pipeline.Parley;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley spark-code}: the Spark job's command line, for {@code ./parley spark-code} on this
 * machine and for {@code spark-submit --class parley.spark.SparkCode} on a cluster.
 *
 * <pre>
 * ./parley spark-code --master 'local[2]' ../shared/corpus/train.jsonl --out OUT
 * spark-submit --class parley.spark.SparkCode parley-spark/target/parley-spark-job.jar \
 *     hdfs://nn/crawl/2025/ --out hdfs://nn/parley/2025 --corroborate
 * </pre>
 *
 * <p>Exit codes as {@code parley}'s: 0 success (unreadable inputs are skipped rows, not errors),
 * 1 the job failed, 2 bad usage.
 */
@Command(name = "spark-code", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = {"Code articles on Apache Spark and write Parquet: OUT/events, OUT/quotes (partitioned by month),",
                "OUT/skipped and, with --corroborate, OUT/incidents. Each table is replaced when run again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (unreadable inputs are skipped rows)", "1:the job failed", "2:bad usage"})
public final class SparkCode implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders or globs on any Hadoop file system (local paths, hdfs://, s3a://): "
                    + ".jsonl article records, .txt, .html, feeds, .warc/.warc.gz.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the tables.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. 'local[2]' (default: what spark-submit says, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Coding partitions (default: 4 per core, at least one per 8 MiB of input).")
    int partitions;

    @Option(names = "--corroborate", description = "Also group the events into incidents across the archive.")
    boolean corroborate;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep parsed articles in this folder on each executor's local disk (default: no cache).")
    String cache;

    /** Runs the command; exits with its code when it is not 0. */
    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The configured command line (also used by tests). */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SparkCode());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("parley spark-code: " + message(exception));
            if (System.getenv("PARLEY_DEBUG") != null) {
                exception.printStackTrace(err);
            }
            err.flush();
            return exception instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        String annotator = System.getenv(Parley.ANNOTATOR_VARIABLE);
        String name = annotator == null || annotator.isBlank() ? "corenlp" : annotator.strip().toLowerCase(Locale.ROOT);
        Parley.annotator(name, null); // an unknown name fails here, on the driver, not on every executor
        CodeJob.JobOptions options = new CodeJob.JobOptions(inputs, out, partitions, corroborate, new ParleyCoders(name, cache));
        SparkSession.Builder builder = SparkSession.builder().appName("parley spark-code")
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobSummary done = CodeJob.run(spark, options);
            System.err.printf(Locale.ROOT, "parley spark-code: %d articles from %d files in %d partitions, %d skipped,"
                            + " %d events, %d quotes%s -> %s; %.1f s, %.2f articles/s%n",
                    done.articles(), done.files(), done.partitions(), done.skipped(), done.events(), done.quotes(),
                    done.incidents() < 0 ? "" : ", " + done.incidents() + " incidents", out, done.seconds(),
                    done.articlesPerSecond());
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static String message(Throwable exception) {
        Throwable cause = exception;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        // Spark's job failures carry the task's stack trace in their message: the first line says what failed.
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline) + " (PARLEY_DEBUG=1 shows the trace)";
    }
}
