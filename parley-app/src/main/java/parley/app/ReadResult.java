package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parley.core.ingest.InputProgress;
import parley.core.ingest.Inputs;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;
import parley.pipeline.Parley;

/**
 * Everything read from the command line's inputs: articles, and what was skipped and why. Reading
 * it all at once suits small inputs (bench repeats them); large ones go through {@link #source},
 * which {@link CodingRunner} streams.
 */
record ReadResult(List<Article> articles, List<SkippedInput> skipped) {

    /** Reads every input into memory. */
    static ReadResult read(List<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        source(inputs).read(new ReadSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(SkippedInput input) {
                skipped.add(input);
            }
        }, InputProgress.NONE);
        return new ReadResult(List.copyOf(articles), List.copyOf(skipped));
    }

    /**
     * The inputs as a source for {@link CodingRunner}: every reader Parley has, and articles not in
     * English listed as skipped for their language, never coded as English.
     */
    static CodingRunner.Source source(List<Path> inputs) {
        List<Path> paths = List.copyOf(inputs);
        return (sink, progress) -> Parley.read(paths, sink, progress);
    }

    /**
     * The inputs as read, every language included: for the workspace, whose ingest service
     * applies the language policy itself ({@link Parley#languagePolicy()}).
     */
    static CodingRunner.Source everyLanguage(List<Path> inputs) {
        List<Path> paths = List.copyOf(inputs);
        return (sink, progress) -> Inputs.read(paths, Parley.readers(), sink, progress);
    }
}
