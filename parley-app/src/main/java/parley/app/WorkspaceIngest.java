package parley.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import parley.ingest.web.dedup.DuplicateIndex;
import parley.ingest.web.dedup.DuplicateMatch;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;
import parley.store.H2EventStore;
import parley.store.Syndication;

/**
 * What {@code analyze} does with each article and skip of a run, deciding in input order:
 * <ol>
 *   <li>an id read before in this run: skipped as {@code duplicate-id} (ids must be unique);</li>
 *   <li>an article already stored, or a copy already recorded: nothing (a re-run, or a resumed
 *       one, adds nothing twice);</li>
 *   <li>an exact or near copy of a stored article or of one read before it in this run: recorded
 *       as a {@link Syndication} of that article, once the article is stored, never coded;</li>
 *   <li>anything else is coded and stored, one transaction per article.</li>
 * </ol>
 * Skips are recorded in the workspace (once per origin and reason). The duplicate index is seeded
 * with every stored article when the run starts, so a copy is recognised whichever run read its
 * original. Because decisions and writes follow the input order, a run killed at any moment and
 * started again ends with the same workspace as a run that went through at once.
 */
final class WorkspaceIngest implements CodingRunner.Handler {
    /** Skips listed in the report; the rest are counted (all are in the workspace). */
    static final int SKIPS_SHOWN = 20;
    private static final Runnable NOTHING = () -> {
    };

    private final H2EventStore store;
    private final PrintStream lines;
    private final DuplicateIndex index = new DuplicateIndex();
    private final Set<String> recordedCopies;
    private final Set<String> readIds = new HashSet<>();

    // Written on the reading thread; read after the run (the runner's queue orders the two).
    private long read;
    private long fresh;
    private long alreadyStored;
    private long copiesBefore;

    // Written on the run's thread.
    private long stored;
    private long copies;
    private long skipped;
    private final List<SkippedInput> firstSkips = new ArrayList<>();
    private final Map<String, Long> skipsByReason = new TreeMap<>();

    /**
     * @param lines where to print one line per stored article, copy and skip (the {@code lines}
     *              progress), or null
     */
    WorkspaceIngest(H2EventStore store, PrintStream lines) {
        this.store = store;
        this.lines = lines;
        store.forEachArticle(article -> index.add(article.id(), article.bodyText()));
        this.recordedCopies = new HashSet<>(store.syndicationMap().keySet());
    }

    @Override
    public Runnable instead(Article article) {
        read++;
        String id = article.id();
        if (!readIds.add(id)) {
            String origin = origin(article);
            return () -> skipped(new SkippedInput(origin, "duplicate-id", "another article with the id " + id
                    + " was read before it in this run; ids must be unique, so only the first is kept"));
        }
        if (store.contains(id)) {
            alreadyStored++;
            return NOTHING;
        }
        if (recordedCopies.contains(id)) {
            copiesBefore++;
            return NOTHING;
        }
        String body = article.bodyText();
        Optional<DuplicateMatch> match = index.match(id, body);
        if (match.isPresent()) {
            return () -> copy(article, match.get());
        }
        index.add(id, body);
        fresh++;
        return null;
    }

    @Override
    public void coded(CodedArticle coded) {
        if (store.save(coded)) {
            stored++;
            line("stored " + coded.article().id());
        }
    }

    @Override
    public void skipped(SkippedInput skip) {
        store.recordSkipped(skip);
        skipped++;
        skipsByReason.merge(skip.reason(), 1L, Long::sum);
        if (firstSkips.size() < SKIPS_SHOWN) {
            firstSkips.add(skip);
        }
        line("skipped " + skip.origin() + ": " + skip.reason());
    }

    /** Records {@code article} as a copy of the earlier one, which is stored by now unless its coding failed. */
    private void copy(Article article, DuplicateMatch match) {
        String original = match.duplicateOf();
        if (!store.contains(original)) {
            skipped(new SkippedInput(origin(article), "coding-failed", "article " + article.id()
                    + " is a copy of article " + original + ", which could not be coded"));
            return;
        }
        Syndication syndication = Syndication.of(article, original, Syndication.Kind.valueOf(match.kind().name()),
                match.similarity());
        if (store.recordSyndication(syndication)) {
            copies++;
            line("copy " + article.id() + " of " + original);
        } else {
            copiesBefore++;
        }
    }

    private void line(String text) {
        if (lines != null) {
            lines.println(text);
        }
    }

    private static String origin(Article article) {
        return article.origin() == null ? article.id() : article.origin();
    }

    /** Articles read (copies and repeated ids included). */
    long read() {
        return read;
    }

    /** Articles neither stored nor recorded as copies before: those this run coded. */
    long fresh() {
        return fresh;
    }

    long stored() {
        return stored;
    }

    long alreadyStored() {
        return alreadyStored;
    }

    /** Copies recorded by this run. */
    long copies() {
        return copies;
    }

    /** Copies read again that an earlier run recorded. */
    long copiesBefore() {
        return copiesBefore;
    }

    long skippedCount() {
        return skipped;
    }

    /** The first {@value #SKIPS_SHOWN} skips of the run. */
    List<SkippedInput> firstSkips() {
        return List.copyOf(firstSkips);
    }

    Map<String, Long> skipsByReason() {
        return Map.copyOf(skipsByReason);
    }
}
