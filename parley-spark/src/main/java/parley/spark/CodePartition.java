package parley.spark;

import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import parley.core.pipeline.ArticleCoder;
import parley.core.workspace.WorkspaceIngest;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;

/**
 * Codes one partition of read rows (sorted by key, then place in the input) into rows of {@link
 * JobRows#CODED}, lazily, article by article: its events, its quotes and a mark that it was coded.
 * Skips pass through. An article whose coding throws becomes a {@code coding-failed} skip (as in
 * {@code parley code}); an error that is not the article's fault (out of memory) fails the task,
 * and Spark runs it again. Of the articles sharing an id, the first in input order is coded and the
 * others are skipped as {@code duplicate-id}, as {@code parley analyze} does: all of them are in
 * this partition, next to each other, because the rows are partitioned and sorted by key.
 */
final class CodePartition implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final CoderSource coders;

    CodePartition(CoderSource coders) {
        this.coders = coders;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        ArticleCoder coder = coders.coder();
        return new Iterator<>() {
            private final ArrayDeque<Row> ready = new ArrayDeque<>();
            private String lastId;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && input.hasNext()) {
                    code(input.next());
                }
                return !ready.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }

            private void code(Row read) {
                Article article = JobRows.article(read);
                if (article == null) {
                    ready.add(JobRows.coded(JobRows.skippedOf(read)));
                    return;
                }
                if (article.id().equals(lastId)) {
                    ready.add(JobRows.coded(WorkspaceIngest.duplicateId(article)));
                    return;
                }
                lastId = article.id();
                CodedArticle coded;
                try {
                    coded = coder.code(article);
                } catch (RuntimeException | StackOverflowError e) {
                    ready.add(JobRows.coded(ArticleCoder.codingFailed(article, e)));
                    return;
                }
                for (Event event : coded.events()) {
                    ready.add(JobRows.coded(event, article));
                }
                for (Quote quote : coded.quotes()) {
                    ready.add(JobRows.coded(quote, article));
                }
                ready.add(JobRows.codedArticle(article));
            }
        };
    }
}
