package parley.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import parley.core.export.EventColumns;
import parley.core.export.SkippedColumns;
import parley.core.export.Table;
import parley.model.Event;
import parley.model.SkippedInput;

/** Reads the job's tables back through Spark, as model records. */
final class Tables {
    private Tables() {
    }

    static List<List<Object>> rows(SparkSession spark, Table table, String path) {
        return spark.read().schema(SparkTables.schema(table)).parquet(path).collectAsList().stream()
                .map(row -> SparkTables.values(table, row)).toList();
    }

    static List<Event> events(SparkSession spark, String out) {
        return rows(spark, EventColumns.TABLE, out + "/events").stream().map(EventColumns::event).toList();
    }

    static List<SkippedInput> skipped(SparkSession spark, String out) {
        return rows(spark, SkippedColumns.TABLE, out + "/skipped").stream().map(SkippedColumns::skipped).toList();
    }
}
