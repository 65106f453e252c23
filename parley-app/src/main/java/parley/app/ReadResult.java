package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parley.core.ingest.Inputs;
import parley.core.ingest.ReadSink;
import parley.ingest.web.lang.LanguageFilter;
import parley.model.Article;
import parley.model.SkippedInput;

/** Everything read from the command line's inputs: articles, and what was skipped and why. */
record ReadResult(List<Article> articles, List<SkippedInput> skipped) {

    static ReadResult read(List<Path> inputs) {
        List<Article> articles = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        // Articles not in English are listed as skipped for their language, never coded as English.
        Inputs.read(inputs, Parley.readers(), LanguageFilter.englishOnly(Parley.languages(), new ReadSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void skipped(SkippedInput input) {
                skipped.add(input);
            }
        }));
        return new ReadResult(List.copyOf(articles), List.copyOf(skipped));
    }
}
