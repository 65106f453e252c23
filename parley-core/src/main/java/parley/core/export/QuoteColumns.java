package parley.core.export;

import static parley.core.export.Column.optional;
import static parley.core.export.Column.required;
import static parley.core.export.ColumnType.DATE;
import static parley.core.export.ColumnType.INT;
import static parley.core.export.ColumnType.STRING;

import java.util.List;
import parley.model.Article;
import parley.model.Quote;

/**
 * The quotes table: one row per direct quote, with its article's facts and the month it is
 * partitioned by. Columns: {@code doc}, {@code speaker}, {@code speaker_code}, {@code text},
 * {@code date} (DATE when a day), {@code date_iso}, {@code date_precision}, {@code start},
 * {@code end}, {@code article_url}, {@code article_source}, {@code article_published},
 * {@code month}.
 */
public final class QuoteColumns {
    /** The table. */
    public static final Table TABLE = new Table("quotes", List.of(
            optional("doc", STRING, "id of the article the quote is in"),
            optional("speaker", STRING, "who speaks, as resolved"),
            optional("speaker_code", STRING, "the speaker's actor code"),
            required("text", STRING, "the words inside the quotation marks"),
            optional("date", DATE, "the day the words were said, when known to the day"),
            optional("date_iso", STRING, "that date at its precision"),
            optional("date_precision", STRING, "day, week, month or year"),
            required("start", INT, "offset of the first character inside the quotation marks"),
            required("end", INT, "offset just past the last character inside the quotation marks"),
            optional("article_url", STRING, "URL of the article"),
            optional("article_source", STRING, "outlet of the article"),
            optional("article_published", DATE, "publication date of the article"),
            required("month", STRING, "YYYY-MM of the quote's date, or 'unknown'")),
            List.of("month"));

    private QuoteColumns() {
    }

    /** The row of {@code quote}; {@code article} may be null when it is not known. */
    public static List<Object> row(Quote quote, Article article) {
        return Rows.of(quote.doc(), quote.speaker(), quote.speakerCode(), quote.text(), ExportDates.day(quote.date()),
                quote.date(), ExportDates.precisionName(quote.date()), quote.start(), quote.end(),
                article == null ? null : article.url(), article == null ? null : article.source(),
                article == null ? null : article.published(), ExportDates.month(quote.date()));
    }
}
