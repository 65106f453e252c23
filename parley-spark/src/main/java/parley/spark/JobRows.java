package parley.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import parley.core.export.EventColumns;
import parley.core.export.QuoteColumns;
import parley.core.export.SkippedColumns;
import parley.model.Article;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * The rows passed between the stages of the job. What was read: {@code (key, file_index,
 * sequence, article, skipped)}, an article or a skip, with the key it is partitioned by (the
 * article id, or the skip's origin) and its place in the input (the file's position in the
 * listing, the record's within the file). What was coded: {@code (event, quote, skipped,
 * coded_doc)}, exactly one of them set; {@code coded_doc} marks an article coded (for counting).
 */
final class JobRows {
    static final StructType READ = DataTypes.createStructType(List.of(
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("file_index", DataTypes.IntegerType, false),
            DataTypes.createStructField("sequence", DataTypes.IntegerType, false),
            DataTypes.createStructField("article", SparkTables.schema(ArticleRows.TABLE), true),
            DataTypes.createStructField("skipped", SparkTables.schema(SkippedColumns.TABLE), true)));

    static final StructType CODED = DataTypes.createStructType(List.of(
            DataTypes.createStructField("event", SparkTables.schema(EventColumns.TABLE), true),
            DataTypes.createStructField("quote", SparkTables.schema(QuoteColumns.TABLE), true),
            DataTypes.createStructField("skipped", SparkTables.schema(SkippedColumns.TABLE), true),
            DataTypes.createStructField("coded_doc", DataTypes.StringType, true)));

    private JobRows() {
    }

    static Row read(Article article, int fileIndex, int sequence) {
        return RowFactory.create(article.id(), fileIndex, sequence, SparkTables.row(ArticleRows.TABLE,
                ArticleRows.row(article)), null);
    }

    static Row read(SkippedInput skipped, int fileIndex, int sequence) {
        return RowFactory.create(skipped.origin(), fileIndex, sequence, null, skipped(skipped));
    }

    /** The article of a read row, or null when the row is a skip. */
    static Article article(Row read) {
        Row article = read.getStruct(read.fieldIndex("article"));
        return article == null ? null : ArticleRows.article(SparkTables.values(ArticleRows.TABLE, article));
    }

    /** The skip of a read row, or null when the row is an article. */
    static SkippedInput skippedOf(Row read) {
        Row skipped = read.getStruct(read.fieldIndex("skipped"));
        return skipped == null ? null : SkippedColumns.skipped(SparkTables.values(SkippedColumns.TABLE, skipped));
    }

    static Row coded(Event event, Article article) {
        return RowFactory.create(SparkTables.row(EventColumns.TABLE, EventColumns.row(event, article)), null, null, null);
    }

    static Row coded(Quote quote, Article article) {
        return RowFactory.create(null, SparkTables.row(QuoteColumns.TABLE, QuoteColumns.row(quote, article)), null, null);
    }

    static Row coded(SkippedInput skipped) {
        return RowFactory.create(null, null, skipped(skipped), null);
    }

    static Row codedArticle(Article article) {
        return RowFactory.create(null, null, null, article.id());
    }

    private static Row skipped(SkippedInput skipped) {
        return SparkTables.row(SkippedColumns.TABLE, SkippedColumns.row(skipped));
    }
}
