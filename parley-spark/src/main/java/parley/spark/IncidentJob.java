package parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.Serial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import parley.core.corroboration.Blocking;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.export.EventColumns;
import parley.core.export.IncidentColumns;
import parley.core.time.DateRange;
import parley.model.Article;
import parley.model.Event;

/**
 * The {@code --corroborate} stage: groups the events of the whole archive into incidents with the
 * workspace's rules ({@link Corroborator}), as Spark jobs, never gathering the events on the
 * driver. The events are cut into blocks by type and by runs of overlapping date windows, then
 * publication windows, as {@link Blocking} describes; each block is corroborated on an executor,
 * and the result is exactly that of one {@code Corroborator.incidents} call over all events.
 *
 * <p>Finding the blocks is a sort per type: in date order, a block starts where an event's window
 * begins after every window before it has ended (a running maximum over a window function). Only
 * the narrow (id, type, window) rows are sorted; the events themselves are joined to their block
 * and grouped by it.
 */
final class IncidentJob {
    private static final StructType WINDOWS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("lo", DataTypes.DateType, true),
            DataTypes.createStructField("hi", DataTypes.DateType, true)));
    private static final StructType DATED_INCIDENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("incident", SparkTables.schema(IncidentColumns.TABLE), false),
            DataTypes.createStructField("lo", DataTypes.DateType, true),
            DataTypes.createStructField("hi", DataTypes.DateType, true)));
    /** A dated event, an undated one with a publication date, one that merges with nothing. */
    private static final String DATED = "dated";
    private static final String UNDATED = "undated";
    private static final String ALONE = "alone";

    private IncidentJob() {
    }

    /** Corroborates the events table at {@code eventsPath}, writing the incidents table at {@code incidentsPath}. */
    static void run(SparkSession spark, String eventsPath, String incidentsPath) {
        Dataset<Row> events = spark.read().schema(SparkTables.schema(EventColumns.TABLE)).parquet(eventsPath);
        Dataset<Row> windows = events.map((MapFunction<Row, Row>) IncidentJob::window, Encoders.row(WINDOWS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> dated = null;
        try {
            // Phase 1: dated events, in blocks of overlapping date windows.
            Dataset<Row> datedBlocks = blocks(windows.filter(col("kind").equalTo(DATED)));
            dated = corroborate(events, datedBlocks, IncidentJob::datedIncidents, DATED_INCIDENTS)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> settled = dated.filter(col("lo").isNull()).select("incident.*");

            // Phase 2: undated events with the dated incidents they may join, in blocks of publication windows.
            Dataset<Row> undated = windows.filter(col("kind").equalTo(UNDATED));
            Dataset<Row> joinable = dated.filter(col("lo").isNotNull())
                    .select(col("incident.id").as("key"), col("incident.type").as("type"), lit("incident").as("kind"),
                            col("lo"), col("hi"));
            Dataset<Row> publicationBlocks = blocks(undated.unionByName(joinable));
            Dataset<Row> members = joinable.join(publicationBlocks, "key")
                    .join(dated.select(col("incident.id").as("key"), col("incident.event_ids").as("event_ids")), "key")
                    .select(explode(col("event_ids")).as("key"), col("block"))
                    .unionByName(undated.join(publicationBlocks, "key").select("key", "block"));
            Dataset<Row> joined = corroborate(events, members, IncidentJob::incidents,
                    SparkTables.schema(IncidentColumns.TABLE));

            Dataset<Row> alone = corroborate(events, windows.filter(col("kind").equalTo(ALONE))
                    .select(col("key"), col("key").as("block")), IncidentJob::incidents,
                    SparkTables.schema(IncidentColumns.TABLE));

            CodeJob.write(settled.unionByName(joined).unionByName(alone), IncidentColumns.TABLE.partitionColumns(),
                    incidentsPath);
        } finally {
            windows.unpersist();
            if (dated != null) {
                dated.unpersist();
            }
        }
    }

    /** An event's window: its date window when dated, else its article's publication window, else none. */
    private static Row window(Row row) {
        List<Object> values = SparkTables.values(EventColumns.TABLE, row);
        Event event = EventColumns.event(values);
        DateRange date = Blocking.dateWindow(event.date());
        if (date != null) {
            return RowFactory.create(event.id(), event.type().name(), DATED, date.first(), date.last());
        }
        Article article = EventColumns.article(values);
        DateRange published = Blocking.publicationWindow(article == null ? null : article.published());
        return published == null ? RowFactory.create(event.id(), event.type().name(), ALONE, null, null)
                : RowFactory.create(event.id(), event.type().name(), UNDATED, published.first(), published.last());
    }

    /**
     * The block of each key: per type, in window order, a new block starts where a window begins
     * after every earlier one has ended. Returns {@code (key, block)}.
     */
    private static Dataset<Row> blocks(Dataset<Row> windows) {
        WindowSpec ordered = Window.partitionBy("type").orderBy("lo", "key");
        return windows
                .withColumn("reach", max("hi").over(ordered.rowsBetween(Window.unboundedPreceding(), -1)))
                .withColumn("starts", when(col("reach").isNull().or(col("lo").gt(col("reach"))), 1).otherwise(0))
                .withColumn("number", sum("starts").over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .select(col("key"), concat_ws("|", col("type"), col("number").cast("string")).as("block"));
    }

    /** Groups the events by the block their id is in, {@code (key, block)}, and corroborates each group. */
    private static Dataset<Row> corroborate(Dataset<Row> events, Dataset<Row> blocks, Corroboration corroboration,
                                            StructType schema) {
        return events.join(blocks.withColumnRenamed("key", "id"), "id")
                .groupByKey((MapFunction<Row, String>) row -> row.getString(row.fieldIndex("block")), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> {
                    Map<String, Event> blockEvents = new LinkedHashMap<>();
                    Map<String, Article> articles = new LinkedHashMap<>();
                    while (rows.hasNext()) {
                        List<Object> values = SparkTables.values(EventColumns.TABLE, rows.next());
                        Event event = EventColumns.event(values);
                        blockEvents.put(event.id(), event);
                        Article article = EventColumns.article(values);
                        if (article != null) {
                            articles.putIfAbsent(article.id(), article);
                        }
                    }
                    List<Incident> incidents = Corroborator.incidents(blockEvents.values(), articles.values(), Map.of());
                    return corroboration.rows(incidents, blockEvents, articles).iterator();
                }, Encoders.row(schema));
    }

    /** What to make of a block's incidents. */
    @FunctionalInterface
    private interface Corroboration extends java.io.Serializable {
        List<Row> rows(List<Incident> incidents, Map<String, Event> events, Map<String, Article> articles);
    }

    private static List<Row> incidents(List<Incident> incidents, Map<String, Event> events, Map<String, Article> articles) {
        return incidents.stream().map(incident -> SparkTables.row(IncidentColumns.TABLE, IncidentColumns.row(incident)))
                .toList();
    }

    /**
     * Dated incidents with the window undated events must reach to join them: null when none can,
     * because an article's publication date is unknown or the articles are too far apart.
     */
    private static List<Row> datedIncidents(List<Incident> incidents, Map<String, Event> events,
                                            Map<String, Article> articles) {
        List<Row> rows = new ArrayList<>();
        for (Incident incident : incidents) {
            LocalDate earliest = null;
            LocalDate latest = null;
            boolean unknown = false;
            for (String id : incident.eventIds()) {
                String doc = events.get(id).doc();
                Article article = doc == null ? null : articles.get(doc);
                LocalDate published = article == null ? null : article.published();
                if (published == null) {
                    unknown = true;
                    break;
                }
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
            DateRange join = unknown ? null : Blocking.joinWindow(earliest, latest);
            rows.add(RowFactory.create(SparkTables.row(IncidentColumns.TABLE, IncidentColumns.row(incident)),
                    join == null ? null : join.first(), join == null ? null : join.last()));
        }
        return rows;
    }
}
