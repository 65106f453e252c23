package parley.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import parley.core.ingest.InputProgress;
import parley.core.ingest.ReadSink;
import parley.core.pipeline.ArticleCoder;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;

/**
 * Streams articles from the readers through the coder to a {@link Handler}, without ever holding
 * more than a few dozen of them: a reading thread puts what the readers find (articles and skips)
 * into a bounded queue and waits when it is full; this thread takes them in order, has up to
 * {@code 4 × threads} articles coded at once on the coding threads (CoreNLP is CPU-bound: one
 * thread per core), and hands every result to the handler <em>in input order</em>, on this one
 * thread. The order makes a run's outcome independent of timing: the same input gives the same
 * workspace whether the run went through at once or was killed and resumed.
 *
 * <p>What readers {@linkplain ReadSink#deferred defer} (extracting an HTML page's text, detecting
 * an article's language) runs on the coding threads too, up to {@code 2 × threads} jobs ahead of
 * the reading thread; their articles and skips join the queue in input order, as if read at once.
 *
 * <p>An article whose coding fails is handed over as skipped ({@code coding-failed}); the others
 * go on. When the handler throws, reading stops and the exception propagates.
 */
final class CodingRunner {
    /** Articles waiting between the reading thread and the coding loop, per coding thread. */
    private static final int QUEUED_PER_THREAD = 8;
    /** Articles being coded or waiting for their turn to be handed over, per coding thread. */
    private static final int WINDOW_PER_THREAD = 4;
    /** Deferred reading jobs (page extraction, language detection) ahead of the reading thread, per coding thread. */
    private static final int DEFERRED_PER_THREAD = 2;

    private final ArticleCoder coder;
    private final int threads;

    CodingRunner(ArticleCoder coder, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (coder == null) {
            throw new IllegalArgumentException("coder must not be null");
        }
        this.coder = coder;
        this.threads = threads;
    }

    /** Where the articles come from. */
    interface Source {
        /** Reads everything into {@code sink} (on the reading thread), telling {@code progress} about files. */
        void read(ReadSink sink, InputProgress progress);

        /** A source of articles already in memory. */
        static Source of(List<Article> articles) {
            List<Article> copy = List.copyOf(articles);
            return (sink, progress) -> copy.forEach(sink::article);
        }
    }

    /**
     * What becomes of an article as it is read: the article to code, or what to do instead (run
     * later on the run's thread, in the article's turn; for example record it as a copy).
     */
    record Admission(Article toCode, Runnable instead) {
        Admission {
            if ((toCode == null) == (instead == null)) {
                throw new IllegalArgumentException("an admission either codes an article or does something instead");
            }
        }

        static Admission code(Article article) {
            return new Admission(article, null);
        }

        static Admission instead(Runnable action) {
            return new Admission(null, action);
        }
    }

    /** Receives the run's results. Every method but {@link #admit} is called on the run's thread, in input order. */
    interface Handler {
        /** Called on the reading thread, in input order, for each article as it is read. */
        default Admission admit(Article article) {
            return Admission.code(article);
        }

        /** An article and what was coded from it. */
        void coded(CodedArticle coded);

        /** An input that could not be read, or an article that could not be coded. */
        void skipped(SkippedInput skipped);

        /** A handler that codes every article and passes results and skips on. */
        static Handler of(Consumer<CodedArticle> coded, Consumer<SkippedInput> skipped) {
            return new Handler() {
                @Override
                public void coded(CodedArticle result) {
                    coded.accept(result);
                }

                @Override
                public void skipped(SkippedInput skip) {
                    skipped.accept(skip);
                }
            };
        }
    }

    /** Runs {@code source} through the coder into {@code handler}, showing {@code progress}. */
    void run(Source source, Handler handler, RunProgress progress) {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED_PER_THREAD * threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "parley-coder");
            thread.setDaemon(true);
            return thread;
        });
        Reading reading = new Reading(source, handler, queue, progress, pool, DEFERRED_PER_THREAD * threads);
        Thread reader = new Thread(reading, "parley-reader");
        reader.setDaemon(true);
        ArrayDeque<Pending> window = new ArrayDeque<>();
        int capacity = WINDOW_PER_THREAD * threads;
        reader.start();
        try {
            boolean ended = false;
            while (true) {
                // Keep the coding threads busy; wait for the reader only when nothing is in hand.
                while (!ended && window.size() < capacity) {
                    Item item = window.isEmpty() ? queue.take() : queue.poll();
                    if (item == null) {
                        break;
                    }
                    if (item == Item.END) {
                        ended = true;
                    } else {
                        window.add(start(item, pool));
                    }
                }
                Pending head = window.poll();
                if (head == null) {
                    break;
                }
                hand(head, handler);
                progress.done(head.item().article() != null);
            }
            Throwable failure = reading.failure;
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            } else if (failure instanceof Error error) {
                throw error;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } finally {
            reading.cancelled = true;
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    /** Codes every article of the list; results in list order. */
    void run(List<Article> articles, Handler handler, RunProgress progress) {
        run(Source.of(articles), handler, progress);
    }

    private Pending start(Item item, ExecutorService pool) {
        if (item.article() == null || item.instead() != null) {
            return new Pending(item, null);
        }
        Article article = item.article();
        return new Pending(item, pool.submit(() -> coder.code(article)));
    }


    private static void hand(Pending pending, Handler handler) throws InterruptedException {
        Item item = pending.item();
        if (item.skipped() != null) {
            handler.skipped(item.skipped());
        } else if (item.instead() != null) {
            item.instead().run();
        } else {
            CodedArticle coded;
            try {
                coded = pending.coding().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                handler.skipped(ArticleCoder.codingFailed(item.article(), cause));
                return;
            }
            handler.coded(coded);
        }
    }

    /** An article (with what to do instead of coding it, if anything) or a skip, as read. */
    private record Item(Article article, Runnable instead, SkippedInput skipped) {
        static final Item END = new Item(null, null, null);
    }

    private record Pending(Item item, Future<CodedArticle> coding) {
    }

    /**
     * The reading thread: the readers' sink puts into the queue, waiting while it is full. What
     * they report goes through {@code ahead} first, in order: at once when reported directly, once
     * its job has run on the pool when deferred.
     */
    private static final class Reading implements Runnable, ReadSink {
        private final Source source;
        private final Handler handler;
        private final BlockingQueue<Item> queue;
        private final RunProgress progress;
        private final ExecutorService pool;
        private final int maxAhead;
        private final ArrayDeque<Ahead> ahead = new ArrayDeque<>();
        private volatile boolean cancelled;
        private volatile Throwable failure;

        Reading(Source source, Handler handler, BlockingQueue<Item> queue, RunProgress progress, ExecutorService pool,
                int maxAhead) {
            this.source = source;
            this.handler = handler;
            this.queue = queue;
            this.progress = progress;
            this.pool = pool;
            this.maxAhead = maxAhead;
        }

        @Override
        public void run() {
            try {
                source.read(this, progress);
                while (!ahead.isEmpty()) {
                    pass(ahead.poll());
                }
            } catch (Cancelled stop) {
                // stopped by the run, or by a failing handler (failure is set)
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (!cancelled) {
                try {
                    queue.put(Item.END);
                } catch (InterruptedException e) {
                    // the run has stopped: nobody waits for the end
                }
            }
        }

        @Override
        public void article(Article article) {
            enqueue(Ahead.now(article));
        }

        @Override
        public void skipped(SkippedInput skipped) {
            enqueue(Ahead.now(skipped));
        }

        /** Runs {@code job} on the pool; what it reports is passed on in its turn. */
        @Override
        public CompletableFuture<Void> deferred(String origin, Consumer<ReadSink> job) {
            if (cancelled || failure != null) {
                throw new Cancelled();
            }
            Collected collected = new Collected();
            CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
                try {
                    job.accept(collected);
                } catch (RuntimeException e) {
                    collected.skipped(new SkippedInput(origin, "reader-error", "reading failed: " + e));
                }
            }, pool);
            enqueue(new Ahead(done, collected.reports));
            return done;
        }

        /** Adds to the line, then passes on the front as far as it is ready, waiting while the line is full. */
        private void enqueue(Ahead next) {
            ahead.add(next);
            while (!ahead.isEmpty() && (ahead.peek().done().isDone() || ahead.size() > maxAhead)) {
                pass(ahead.poll());
            }
        }

        /** Waits for the job, then passes on what it reported, in order. */
        private void pass(Ahead next) {
            try {
                next.done().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a reading job failed", e.getCause()); // jobs catch their own errors
            }
            for (Object report : next.reports()) {
                if (report instanceof Article article) {
                    pass(article);
                } else {
                    put(new Item(null, null, (SkippedInput) report));
                }
            }
        }

        private void pass(Article article) {
            Admission admission;
            try {
                admission = handler.admit(article);
            } catch (RuntimeException e) {
                // Not the input's fault (the workspace failed, say): a reader must not report it as
                // a skip of this file and go on, so reading stops here.
                failure = e;
                throw new Cancelled();
            }
            put(new Item(admission.toCode() != null ? admission.toCode() : article, admission.instead(), null));
        }

        private void put(Item item) {
            if (cancelled || failure != null) {
                throw new Cancelled();
            }
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                // The run has stopped (its handler failed): nothing waits for more items.
                throw new Cancelled();
            }
        }
    }

    /** What the readers reported, in order, once {@code done}. */
    private record Ahead(CompletableFuture<Void> done, List<Object> reports) {
        static Ahead now(Object report) {
            return new Ahead(CompletableFuture.completedFuture(null), List.of(report));
        }
    }

    /** A deferred job's sink: keeps what it reports, in order (its own deferred jobs run at once). */
    private static final class Collected implements ReadSink {
        final List<Object> reports = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void article(Article article) {
            reports.add(article);
        }

        @Override
        public void skipped(SkippedInput skipped) {
            reports.add(skipped);
        }
    }

    /** Unwinds the reading thread once the run has stopped. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("the run stopped", null, false, false);
        }
    }
}
