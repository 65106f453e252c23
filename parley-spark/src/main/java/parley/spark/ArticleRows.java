package parley.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parley.core.export.Column;
import parley.core.export.ColumnType;
import parley.core.export.Table;
import parley.model.Article;
import parley.model.Span;

/**
 * An article as it travels between the reading and the coding stages of the job (from the task
 * that read it to the task that codes it): every field of {@link Article}, text and furniture
 * included. Internal to the job; never written out.
 */
final class ArticleRows {
    private static final ColumnType.StructOf SPAN = new ColumnType.StructOf(List.of(
            new Column("start", ColumnType.INT, false, "first character"),
            new Column("end", ColumnType.INT, false, "just past the last character"),
            new Column("reason", ColumnType.STRING, true, "why it is not body text")));

    static final Table TABLE = new Table("articles", List.of(
            new Column("id", ColumnType.STRING, false, "article id"),
            new Column("url", ColumnType.STRING, true, "URL"),
            new Column("source", ColumnType.STRING, true, "outlet"),
            new Column("published", ColumnType.DATE, true, "publication date"),
            new Column("title", ColumnType.STRING, true, "headline"),
            new Column("text", ColumnType.STRING, false, "the text as read"),
            new Column("lang", ColumnType.STRING, true, "language"),
            new Column("origin", ColumnType.STRING, true, "the input it was read from"),
            new Column("furniture", ColumnType.listOf(SPAN), false, "spans that are not body text")),
            List.of());

    private ArticleRows() {
    }

    static List<Object> row(Article article) {
        List<Object> spans = new ArrayList<>(article.furniture().size());
        for (Span span : article.furniture()) {
            spans.add(Arrays.asList(span.start(), span.end(), span.reason()));
        }
        return Arrays.asList(article.id(), article.url(), article.source(), article.published(), article.title(),
                article.text(), article.lang(), article.origin(), spans);
    }

    static Article article(List<Object> row) {
        List<Span> furniture = new ArrayList<>();
        for (Object value : (List<?>) row.get(8)) {
            List<?> span = (List<?>) value;
            furniture.add(new Span((Integer) span.get(0), (Integer) span.get(1), (String) span.get(2)));
        }
        return new Article((String) row.get(0), (String) row.get(1), (String) row.get(2), (LocalDate) row.get(3),
                (String) row.get(4), (String) row.get(5), (String) row.get(6), (String) row.get(7), furniture);
    }
}
