package parley.ingest.web.lang;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.ReadSink;
import parley.core.workspace.LanguagePolicy;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * A {@link ReadSink} in front of another that lets only articles in the accepted languages
 * through; the others become skips with reason {@code language}, whose detail names the detected
 * language and the article id (so the article can still be found and stored, but is never coded
 * as English).
 *
 * <pre>{@code
 * ReadSink english = LanguageFilter.englishOnly(new LanguageDetector(), sink);
 * Inputs.read(paths, readers, english);
 * // a French page: SkippedInput(origin, "language", "detected fr; article a1b2c3 is not in en, so it is not coded")
 * }</pre>
 *
 * <p>Which language counts is {@link AcceptedLanguages}'s rule, the same policy the workspace's
 * ingest service applies. The detection is a {@linkplain ReadSink#deferred deferred} job of the
 * next sink, so that a sink with threads runs it in parallel.
 */
public final class LanguageFilter implements ReadSink {
    private final AcceptedLanguages policy;
    private final ReadSink next;

    /** Passes articles in {@code accepted} (ISO 639-1 codes) on to {@code next}. */
    public LanguageFilter(LanguageDetector detector, Set<String> accepted, ReadSink next) {
        this(new AcceptedLanguages(detector, accepted), next);
    }

    private LanguageFilter(AcceptedLanguages policy, ReadSink next) {
        if (next == null) {
            throw new IllegalArgumentException("next sink must not be null");
        }
        this.policy = policy;
        this.next = next;
    }

    /** A filter that passes English articles only. */
    public static LanguageFilter englishOnly(LanguageDetector detector, ReadSink next) {
        return new LanguageFilter(detector, Set.of("en"), next);
    }

    /** {@code reader}, with every sink it is given wrapped in a filter for {@code accepted}. */
    public static ArticleReader filtering(ArticleReader reader, LanguageDetector detector, Set<String> accepted) {
        if (reader == null) {
            throw new IllegalArgumentException("reader must not be null");
        }
        new AcceptedLanguages(detector, accepted); // bad arguments fail now, not on the first file
        return new ArticleReader() {
            @Override
            public boolean canRead(Path path) {
                return reader.canRead(path);
            }

            @Override
            public void read(Path path, ReadSink sink) {
                reader.read(path, new LanguageFilter(detector, accepted, sink));
            }
        };
    }

    /** Detects the language as a {@linkplain ReadSink#deferred deferred} job of the next sink: on its threads, when it has them. */
    @Override
    public void article(Article article) {
        next.deferred(article.origin() == null ? article.id() : article.origin(), sink -> pass(article, sink));
    }

    /** Jobs of the reader are run by the next sink, their articles filtered on the way. */
    @Override
    public CompletableFuture<Void> deferred(String origin, Consumer<ReadSink> job) {
        return next.deferred(origin, sink -> job.accept(new LanguageFilter(policy, sink)));
    }

    private void pass(Article article, ReadSink sink) {
        LanguagePolicy.Verdict verdict = policy.check(article);
        if (verdict.refused() != null) {
            sink.skipped(verdict.refused());
        } else {
            sink.article(verdict.accepted());
        }
    }

    @Override
    public void skipped(SkippedInput skipped) {
        next.skipped(skipped);
    }

}
