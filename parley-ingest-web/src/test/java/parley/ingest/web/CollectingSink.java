package parley.ingest.web;

import java.util.ArrayList;
import java.util.List;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;

/** A sink that keeps everything it is given, in order, for tests to inspect. */
public final class CollectingSink implements ReadSink {
    public final List<Article> articles = new ArrayList<>();
    public final List<SkippedInput> skipped = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(SkippedInput skip) {
        skipped.add(skip);
    }

    public Article only() {
        if (articles.size() != 1 || !skipped.isEmpty()) {
            throw new AssertionError("expected exactly one article, got " + articles + " and skips " + skipped);
        }
        return articles.get(0);
    }

    public SkippedInput onlySkip() {
        if (skipped.size() != 1 || !articles.isEmpty()) {
            throw new AssertionError("expected exactly one skip, got " + skipped + " and articles " + articles);
        }
        return skipped.get(0);
    }

    /** The one skip, whatever articles there are. */
    public SkippedInput onlySkipOr() {
        if (skipped.size() != 1) {
            throw new AssertionError("expected exactly one skip, got " + skipped);
        }
        return skipped.get(0);
    }

    public List<String> reasons() {
        return skipped.stream().map(SkippedInput::reason).toList();
    }
}
