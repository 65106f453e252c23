package parley.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import parley.core.export.EventColumns;
import parley.core.export.IncidentColumns;
import parley.core.export.QuoteColumns;
import parley.core.export.SkippedColumns;
import parley.core.export.Table;
import parley.model.SkippedInput;

/**
 * The Spark job: codes every article of the inputs and writes Parquet.
 *
 * <pre>{@code
 * JobSummary done = CodeJob.run(spark, new JobOptions(List.of("hdfs://nn/crawl/2025"), "hdfs://nn/parley/2025",
 *         0, true, new ParleyCoders("corenlp", null)));
 * // hdfs://nn/parley/2025/events/month=2025-05/part-....parquet, quotes/..., skipped/..., incidents/...
 * }</pre>
 *
 * <ol>
 *   <li>The driver lists the input files ({@link InputListing}); each is read on an executor by
 *       Parley's readers ({@link FileReading}).</li>
 *   <li>Articles and skips are partitioned by article id (a hash, so the same on every run and
 *       every retry) and sorted in each partition; each partition is coded on an executor with
 *       the one pipeline of that executor ({@link CodePartition}, {@link ParleyCoders}).</li>
 *   <li>The coded rows are kept (memory, then disk) and written as three tables under OUT, with
 *       the columns of {@code parley.core.export}: {@code events/} and {@code quotes/}
 *       partitioned by month ({@code month=2025-05}, {@code month=unknown}), {@code skipped/}
 *       in one file.</li>
 *   <li>With {@code corroborate}, {@link IncidentJob} groups the written events into
 *       {@code incidents/}.</li>
 * </ol>
 *
 * <p>Each table is written with Spark's file committer: a task writes to a temporary attempt
 * folder that is moved into place only when the task succeeds, and the table appears when the
 * job commits; a failed or killed task leaves nothing behind and is run again. Each table folder
 * is replaced as a whole (save mode overwrite), so running the job again on the same OUT gives the
 * same tables, never twice the events. A run without {@code corroborate} removes an {@code
 * incidents/} folder left by an earlier run, which would no longer match the events.
 */
public final class CodeJob {
    /** Input bytes per coding partition when the number of partitions is chosen for the user. */
    static final long BYTES_PER_PARTITION = 8L * 1024 * 1024;
    /** Coding partitions per core at least, so that a slow partition does not leave cores idle. */
    static final int PARTITIONS_PER_CORE = 4;

    private static final StructType FILES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("file_index", DataTypes.IntegerType, false)));

    private CodeJob() {
    }

    /**
     * What to run.
     *
     * @param inputs      files, folders or globs, as Hadoop paths or URIs
     * @param out         the output folder (a Hadoop path or URI)
     * @param partitions  coding partitions, or 0 to choose: {@value #PARTITIONS_PER_CORE} per
     *                    core of the cluster, at least one per 8 MiB of input
     * @param corroborate whether to group the events into incidents
     * @param coders      the executors' coding pipeline
     */
    public record JobOptions(List<String> inputs, String out, int partitions, boolean corroborate, CoderSource coders) {
        public JobOptions {
            if (inputs == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("at least one INPUT is required");
            }
            inputs = List.copyOf(inputs);
            if (out == null || out.isBlank()) {
                throw new IllegalArgumentException("--out is required");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("--partitions must be 0 (choose) or more, got " + partitions);
            }
            if (coders == null) {
                throw new IllegalArgumentException("coders must not be null");
            }
        }
    }

    /** Runs the job in {@code spark}. */
    public static JobSummary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(options.out());
        checkOut(out, hadoop);
        InputListing listing = InputListing.list(options.inputs(), hadoop);
        List<Row> files = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            files.add(RowFactory.create(listing.files().get(i).path(), i));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = context.defaultParallelism();
        Dataset<Row> fileRows = spark.createDataFrame(
                context.parallelize(files, Math.max(1, Math.min(files.size(), cores * PARTITIONS_PER_CORE))), FILES);
        int partitions = options.partitions() > 0 ? options.partitions()
                : (int) Math.max(cores * PARTITIONS_PER_CORE,
                Math.min(Integer.MAX_VALUE, (listing.totalBytes() + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION));

        Dataset<Row> read = fileRows.flatMap(new FileReading(new HadoopConfiguration(hadoop)), Encoders.row(JobRows.READ));
        Dataset<Row> coded = read.repartition(partitions, col("key"))
                .sortWithinPartitions("key", "file_index", "sequence")
                .mapPartitions(new CodePartition(options.coders()), Encoders.row(JobRows.CODED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String events = child(out, EventColumns.TABLE.name());
            String quotes = child(out, QuoteColumns.TABLE.name());
            String skipped = child(out, SkippedColumns.TABLE.name());
            write(coded.filter(col("event").isNotNull()).select("event.*"), EventColumns.TABLE.partitionColumns(), events);
            write(coded.filter(col("quote").isNotNull()).select("quote.*"), QuoteColumns.TABLE.partitionColumns(), quotes);
            Dataset<Row> listedSkips = spark.createDataFrame(rows(listing.skipped()), SparkTables.schema(SkippedColumns.TABLE));
            write(coded.filter(col("skipped").isNotNull()).select("skipped.*").unionByName(listedSkips).repartition(1),
                    List.of(), skipped);
            long articles = coded.filter(col("coded_doc").isNotNull()).count();
            long incidents = -1;
            String incidentsPath = child(out, IncidentColumns.TABLE.name());
            if (options.corroborate()) {
                IncidentJob.run(spark, events, incidentsPath);
                incidents = count(spark, IncidentColumns.TABLE, incidentsPath);
            } else {
                delete(new Path(incidentsPath), hadoop);
            }
            return new JobSummary(listing.files().size(), partitions, articles, count(spark, SkippedColumns.TABLE, skipped),
                    count(spark, EventColumns.TABLE, events), count(spark, QuoteColumns.TABLE, quotes), incidents,
                    (System.nanoTime() - start) / 1e9);
        } finally {
            coded.unpersist();
        }
    }

    /**
     * Writes one table: partitioned by {@code partitionColumns} (each partition value gathered in
     * one task, so a month is one file, not one per coding partition), replacing what was there.
     */
    static void write(Dataset<Row> rows, List<String> partitionColumns, String path) {
        Dataset<Row> gathered = partitionColumns.isEmpty() ? rows
                : rows.repartition(partitionColumns.stream().map(name -> col(name)).toArray(org.apache.spark.sql.Column[]::new));
        gathered.write().mode(SaveMode.Overwrite).partitionBy(partitionColumns.toArray(String[]::new)).parquet(path);
    }

    /** The rows of a written table (with its schema given: a table without rows has no file to infer it from). */
    static long count(SparkSession spark, Table table, String path) {
        return spark.read().schema(SparkTables.schema(table)).parquet(path).count();
    }

    private static List<Row> rows(List<SkippedInput> skipped) {
        return skipped.stream().map(skip -> SparkTables.row(SkippedColumns.TABLE, SkippedColumns.row(skip))).toList();
    }

    private static String child(Path out, String name) {
        return new Path(out, name).toString();
    }

    private static void checkOut(Path out, Configuration hadoop) {
        try {
            FileSystem fs = out.getFileSystem(hadoop);
            if (fs.exists(out) && !fs.getFileStatus(out).isDirectory()) {
                throw new IllegalArgumentException("--out must be a folder, but " + out + " is a file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not look at --out " + out + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path path, Configuration hadoop) {
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            if (fs.exists(path)) {
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + path + ": " + e.getMessage(), e);
        }
    }
}
