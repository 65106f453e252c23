package parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import parley.core.actors.ActorDictionary;
import parley.core.nlp.Annotator;
import parley.core.nlp.ParseFilter;
import parley.core.nlp.WhitespaceAnnotator;
import parley.core.pipeline.StageTimes;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;
import parley.model.nlp.AnnotatedText;
import parley.pipeline.Parley;

class CodingRunnerTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();

    private static Article article(int n) {
        return new Article("a" + n, null, null, null, null, "Report number " + n + ". Talks went on.", "en",
                "in.jsonl#" + n, List.of());
    }

    private static CodingRunner runner(Annotator annotator, int threads) {
        return new CodingRunner(Parley.coder(ACTORS, annotator, new StageTimes()), threads);
    }

    /** Whitespace annotation, after {@code pause} or at random up to 3 ms, counting calls. */
    private static final class SlowAnnotator implements Annotator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public AnnotatedText annotate(String text, ParseFilter parse) {
            calls.incrementAndGet();
            if (text.contains("FAIL")) {
                throw new IllegalStateException("parser choked");
            }
            try {
                TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(3_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new WhitespaceAnnotator().annotate(text, parse);
        }

        @Override
        public String version() {
            return "slow";
        }
    }

    @Test
    void handsResultsOverInInputOrderThoughTheyFinishOutOfOrder() {
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            articles.add(article(n));
        }
        List<String> handed = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        runner(new SlowAnnotator(), 4).run(articles, CodingRunner.Handler.of(coded -> {
            handed.add(coded.article().id());
            threads.add(Thread.currentThread().getName());
        }, skip -> handed.add("skip " + skip.origin())), RunProgress.off());
        assertThat(handed).containsExactlyElementsOf(articles.stream().map(Article::id).toList());
        assertThat(threads).as("all on the run's own thread").containsOnly(Thread.currentThread().getName());
    }

    @Test
    void runsDeferredReadingJobsOnTheCodingThreadsAndHandsTheirResultsOverInInputOrder() {
        List<String> jobThreads = java.util.Collections.synchronizedList(new ArrayList<>());
        CodingRunner.Source source = (sink, progress) -> {
            for (int n = 0; n < 60; n++) {
                int number = n;
                if (n % 3 == 0) {
                    sink.article(article(n));
                } else if (n % 3 == 1) {
                    sink.deferred("page-" + n, page -> {
                        jobThreads.add(Thread.currentThread().getName());
                        try {
                            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(3_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        page.skipped(new SkippedInput("page-" + number, "no-content", null));
                        page.article(article(number));
                    });
                } else {
                    sink.deferred("page-" + n, page -> {
                        throw new IllegalStateException("extractor bug");
                    });
                }
            }
        };
        List<String> handed = new ArrayList<>();
        runner(new SlowAnnotator(), 3).run(source, CodingRunner.Handler.of(coded -> handed.add(coded.article().id()),
                skip -> handed.add(skip.reason() + " " + skip.origin())), RunProgress.off());
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            if (n % 3 == 0) {
                expected.add("a" + n);
            } else if (n % 3 == 1) {
                expected.addAll(List.of("no-content page-" + n, "a" + n));
            } else {
                expected.add("reader-error page-" + n);
            }
        }
        assertThat(handed).containsExactlyElementsOf(expected);
        assertThat(jobThreads).hasSize(20).containsOnly("parley-coder");
    }

    @Test
    void neverReadsFarAheadOfWhatIsHandedOver() {
        int threads = 2;
        AtomicInteger produced = new AtomicInteger();
        int[] handed = {0};
        int[] furthestAhead = {0};
        CodingRunner.Source source = (sink, progress) -> {
            for (int n = 0; n < 3_000; n++) {
                produced.incrementAndGet();
                sink.article(article(n));
            }
        };
        runner(new WhitespaceAnnotator(), threads).run(source, CodingRunner.Handler.of(coded -> {
            handed[0]++;
            furthestAhead[0] = Math.max(furthestAhead[0], produced.get() - handed[0]);
        }, skip -> {
            throw new AssertionError(skip.toString());
        }), RunProgress.off());
        assertThat(handed[0]).isEqualTo(3_000);
        // queue (8 per thread) + window (4 per thread) + the one the reader holds while it waits
        assertThat(furthestAhead[0]).isLessThanOrEqualTo(12 * threads + 2);
    }

    @Test
    void reportsAnArticleWhoseCodingFailsAsSkippedAndGoesOn() {
        List<Article> articles = List.of(article(1),
                new Article("bad", null, null, null, null, "FAIL here.", "en", "in.jsonl#2", List.of()), article(3));
        List<String> handed = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        runner(new SlowAnnotator(), 2).run(articles, CodingRunner.Handler.of(coded -> handed.add(coded.article().id()),
                skip -> {
                    handed.add("skipped");
                    skipped.add(skip);
                }), RunProgress.off());
        assertThat(handed).containsExactly("a1", "skipped", "a3");
        assertThat(skipped.get(0).origin()).isEqualTo("in.jsonl#2");
        assertThat(skipped.get(0).reason()).isEqualTo("coding-failed");
        assertThat(skipped.get(0).detail()).contains("bad", "parser choked");
    }

    @Test
    void runsWhatTheHandlerChoseInsteadOfCodingInTheArticlesTurnAndSkipsInTheirs() {
        SlowAnnotator annotator = new SlowAnnotator();
        List<String> log = new ArrayList<>();
        CodingRunner.Source source = (sink, progress) -> {
            for (int n = 0; n < 30; n++) {
                sink.article(article(n));
                if (n % 10 == 5) {
                    sink.skipped(new SkippedInput("bad-" + n, "empty", null));
                }
            }
        };
        runner(annotator, 3).run(source, new CodingRunner.Handler() {
            @Override
            public CodingRunner.Admission admit(Article article) {
                int n = Integer.parseInt(article.id().substring(1));
                return n % 3 == 0 ? CodingRunner.Admission.instead(() -> log.add("copy " + article.id()))
                        : CodingRunner.Admission.code(article);
            }

            @Override
            public void coded(CodedArticle coded) {
                log.add("coded " + coded.article().id());
            }

            @Override
            public void skipped(SkippedInput skipped) {
                log.add("skipped " + skipped.origin());
            }
        }, RunProgress.off());
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            expected.add((n % 3 == 0 ? "copy a" : "coded a") + n);
            if (n % 10 == 5) {
                expected.add("skipped bad-" + n);
            }
        }
        assertThat(log).containsExactlyElementsOf(expected);
        assertThat(annotator.calls).as("articles handled instead are not coded").hasValue(20);
    }

    @Test
    void stopsReadingAndRethrowsWhenTheHandlerFails() throws InterruptedException {
        CountDownLatch readerStopped = new CountDownLatch(1);
        CodingRunner.Source endless = (sink, progress) -> {
            try {
                for (int n = 0; ; n++) {
                    sink.article(article(n));
                }
            } finally {
                readerStopped.countDown();
            }
        };
        int[] handed = {0};
        assertThatThrownBy(() -> runner(new WhitespaceAnnotator(), 2).run(endless, CodingRunner.Handler.of(coded -> {
            if (++handed[0] == 10) {
                throw new IllegalStateException("the workspace is full");
            }
        }, skip -> {
        }), RunProgress.off())).isInstanceOf(IllegalStateException.class).hasMessage("the workspace is full");
        assertThat(readerStopped.await(10, TimeUnit.SECONDS)).as("the reading thread stopped").isTrue();
    }

    @Test
    void rethrowsWhatStoppedTheReadingAfterHandingOverWhatWasRead() {
        CodingRunner.Source failing = (sink, progress) -> {
            sink.article(article(1));
            sink.article(article(2));
            throw new IllegalStateException("disk gone");
        };
        List<String> handed = new ArrayList<>();
        assertThatThrownBy(() -> runner(new WhitespaceAnnotator(), 2).run(failing, CodingRunner.Handler.of(
                coded -> handed.add(coded.article().id()), skip -> {
                }), RunProgress.off())).hasMessage("disk gone");
        assertThat(handed).containsExactly("a1", "a2");
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThatThrownBy(() -> runner(new WhitespaceAnnotator(), 0)).hasMessageContaining("--threads")
                .hasMessageContaining("0");
    }
}
