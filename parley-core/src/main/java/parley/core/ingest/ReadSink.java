package parley.core.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Receives what readers find: articles, and inputs skipped with their reason.
 *
 * <p>A reader hands the costly part of turning input into an article (extracting an HTML page's
 * main text, detecting its language) to {@link #deferred}, so that a sink that has threads to
 * spare runs it on them while the reader reads on; whatever the job reports reaches this sink in
 * the order of the calls, as if reported at the call.
 */
public interface ReadSink {
    void article(Article article);

    void skipped(SkippedInput skipped);

    /**
     * Runs {@code job}, which reports articles and skips to the sink it is given (and to no other),
     * now or later, on this thread or another; what it reports reaches this sink in its place among
     * the other calls. A job that throws is reported as skipped ({@code reader-error}) with
     * {@code origin}. This default runs it at once.
     *
     * @return completed once the job has run (what it reported may still be on its way)
     */
    default CompletableFuture<Void> deferred(String origin, Consumer<ReadSink> job) {
        try {
            job.accept(this);
        } catch (RuntimeException e) {
            skipped(new SkippedInput(origin, "reader-error", "reading failed: " + e));
        }
        return CompletableFuture.completedFuture(null);
    }
}
