package parley.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import parley.core.pipeline.ArticleCoder;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;

/**
 * Codes articles on a few threads (CoreNLP is CPU-bound: one thread per core) and hands the
 * results over in input order, with a progress bar on standard error. An article whose coding
 * fails is reported as skipped; the others go on.
 */
final class CodingRunner {
    private final ArticleCoder coder;
    private final int threads;
    private final boolean progress;

    CodingRunner(ArticleCoder coder, int threads, boolean progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        this.coder = coder;
        this.threads = threads;
        this.progress = progress;
    }

    void run(List<Article> articles, Consumer<CodedArticle> done, Consumer<SkippedInput> failed) {
        if (articles.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar bar = progress ? bar(articles.size(), System.err) : null) {
            // A window of futures keeps memory bounded while preserving the input order.
            int window = threads * 4;
            List<Future<CodedArticle>> pending = new ArrayList<>();
            int next = 0;
            for (int taken = 0; taken < articles.size(); taken++) {
                while (next < articles.size() && pending.size() < window) {
                    Article article = articles.get(next++);
                    pending.add(pool.submit(() -> coder.code(article)));
                }
                Article article = articles.get(taken);
                Future<CodedArticle> future = pending.remove(0);
                try {
                    done.accept(future.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    failed.accept(new SkippedInput(article.origin() == null ? article.id() : article.origin(),
                            "coding-failed", cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while coding " + article.id(), e);
                }
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ProgressBar bar(int total, PrintStream out) {
        return new ProgressBarBuilder().setTaskName("Coding").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(500).build();
    }
}
