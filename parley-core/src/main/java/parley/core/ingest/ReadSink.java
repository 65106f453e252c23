package parley.core.ingest;

import parley.model.Article;
import parley.model.SkippedInput;

/** Receives what readers find: articles, and inputs skipped with their reason. */
public interface ReadSink {
    void article(Article article);

    void skipped(SkippedInput skipped);
}
