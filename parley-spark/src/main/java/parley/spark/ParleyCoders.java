package parley.spark;

import java.io.Serial;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.StageTimes;
import parley.pipeline.Parley;

/**
 * The coding pipeline of {@code parley code} ({@link Parley#coder}: the shipped actor dictionary,
 * the annotator, the rule-based coder with the learned filter, the quote extractor), built once
 * per executor JVM and shared by all its tasks: the CoreNLP models (tens of seconds, about 2 GB)
 * load once per executor, on its first article.
 *
 * @param annotator      the annotator the driver chose ({@code corenlp}, or {@code whitespace}
 *                       for tests of the job itself), as {@link Parley#annotator(String, Path)} names it
 * @param cacheDirectory a folder on each executor's local disk where parsed articles are kept,
 *                       or null for none (the default: an archive is parsed once)
 */
public record ParleyCoders(String annotator, String cacheDirectory) implements CoderSource {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Map<ParleyCoders, ArticleCoder> BUILT = new ConcurrentHashMap<>();

    @Override
    public ArticleCoder coder() {
        // computeIfAbsent makes the executor's other tasks wait for the one that builds it.
        return BUILT.computeIfAbsent(this, settings -> Parley.coder(Parley.actors(List.of(), null),
                Parley.annotator(settings.annotator(), settings.cacheDirectory() == null ? null
                        : Path.of(settings.cacheDirectory())), new StageTimes()));
    }
}
