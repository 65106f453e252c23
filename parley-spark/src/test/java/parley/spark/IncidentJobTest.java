package parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.corroboration.RandomArchive;
import parley.core.export.EventColumns;
import parley.core.export.IncidentColumns;
import parley.model.Article;

/**
 * The corroboration stage in blocks, on {@code local[2]}, against one {@link Corroborator} call
 * over the whole archive: random archives with dates at every precision, undated events, unknown
 * publication dates and many compatible pairs.
 */
class IncidentJobTest {
    @TempDir
    static Path temp;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session("local[2]");
    }

    @Test
    void incidentsInBlocksAreThoseOfOneCallOverEverything() {
        long seed = 1;
        RandomArchive archive = RandomArchive.generate(seed, 300);
        Map<String, Article> articles = new HashMap<>();
        archive.articles().forEach(article -> articles.put(article.id(), article));
        List<Row> rows = archive.events().stream()
                .map(event -> SparkTables.row(EventColumns.TABLE, EventColumns.row(event, articles.get(event.doc()))))
                .toList();
        String events = temp.resolve("events-" + seed).toString();
        String incidents = temp.resolve("incidents-" + seed).toString();
        Dataset<Row> table = spark.createDataFrame(rows, SparkTables.schema(EventColumns.TABLE));
        CodeJob.write(table, EventColumns.TABLE.partitionColumns(), events);

        IncidentJob.run(spark, events, incidents);

        List<Incident> expected = Corroborator.incidents(archive.events(), archive.articles(), Map.of());
        List<String> written = Tables.rows(spark, IncidentColumns.TABLE, incidents).stream()
                .map(row -> row.get(0) + " " + row.get(9) + " " + row.get(7) + " " + row.get(11) + " " + row.get(14))
                .toList();
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected.stream()
                .map(i -> i.id() + " " + i.eventIds() + " " + i.date() + " " + i.outlets() + " "
                        + (i.firstReport() == null ? null : i.firstReport().articleId()))
                .toList());
        assertThat(expected.stream().filter(i -> i.eventIds().size() > 2)).as("the archive must merge reports").hasSizeGreaterThan(10);
    }
}
