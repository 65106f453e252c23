package parley.core.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import parley.core.store.EventStore;
import parley.core.store.Syndication;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;

/**
 * The ingest service: what happens to each article of a run (a command, a request, a batch job)
 * between reading it and storing it, decided in input order:
 * <ol>
 *   <li>an article the {@link LanguagePolicy} refuses: skipped as {@code language};</li>
 *   <li>an id read before in this run: skipped as {@code duplicate-id} (ids must be unique);</li>
 *   <li>an article already stored, or a copy already recorded: nothing (a re-run, a resumed run,
 *       or another process writing to the same database got there first);</li>
 *   <li>an exact or near copy ({@link DuplicateDetector}) of a stored article or of one read before
 *       it in this run: recorded as a {@link Syndication} of that article, never coded;</li>
 *   <li>anything else is coded by the caller and handed back to {@link #coded}, which stores it
 *       with its events and quotes in one transaction.</li>
 * </ol>
 * Skips are recorded in the workspace once per origin and reason, and an article whose coding
 * failed is recorded as skipped ({@code coding-failed}) by {@link #skipped}. The detector is seeded
 * with every stored article before its first use ({@link StoredDuplicates}: once per detector, so
 * runs that share one, like the requests of a server, read the stored texts once), so a copy is
 * recognised whichever run read its original.
 *
 * <pre>{@code
 * WorkspaceIngest ingest = new WorkspaceIngest(store, duplicates, languages);
 * for (Article article : articles) {
 *     WorkspaceIngest.Decision decision = ingest.decide(article);
 *     if (decision.toCode() != null) {
 *         ingest.coded(coder.code(decision.toCode()));
 *     } else {
 *         ingest.carryOut(decision);
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #decide} may run on one thread (a reading thread) and the rest on another, as long as
 * each article's decision is carried out after it is made and in input order.
 */
public final class WorkspaceIngest {
    /** Skips kept for a command's report by default; the rest are counted (all are in the workspace). */
    public static final int SKIPS_KEPT = 20;

    /** What became of an article. */
    public enum Outcome {
        /** Coded and stored now. */
        STORED,
        /** Already stored (by an earlier run or another process), or already recorded as a copy. */
        ALREADY_STORED,
        /** Recorded as a syndicated copy now. */
        COPY,
        /** Recorded as skipped, with its reason. */
        SKIPPED
    }

    /**
     * The decision on one article.
     *
     * @param article the article as read
     * @param toCode  the article to code (its language set), or null when it is not to be coded
     * @param outcome what happens to it when it is not coded, or null when it is
     * @param skip    the skip to record, when {@code outcome} is {@code SKIPPED}
     * @param copyOf  the stored article it copies, when it is a copy
     */
    public record Decision(Article article, Article toCode, Outcome outcome, SkippedInput skip, DuplicateMatch copyOf) {
    }

    private final EventStore store;
    private final DuplicateDetector duplicates;
    private final LanguagePolicy languages;
    private final Set<String> readIds = new HashSet<>();
    private final Consumer<String> lines;
    private final int skipsKept;

    // Written by decide(); read after the run.
    private long read;
    private long fresh;
    private long alreadyStored;
    private long copiesBefore;

    // Written by the methods that carry decisions out.
    private long stored;
    private long copies;
    private long skippedCount;
    private final List<SkippedInput> firstSkips = new ArrayList<>();
    private final Map<String, Long> skipsByReason = new TreeMap<>();

    /**
     * @param lines     where to tell one line per stored article, copy and skip (a log), or null
     * @param skipsKept how many skips {@link #firstSkips()} keeps (the rest are only counted)
     */
    public WorkspaceIngest(EventStore store, DuplicateDetector duplicates, LanguagePolicy languages,
                           Consumer<String> lines, int skipsKept) {
        if (store == null || duplicates == null || languages == null) {
            throw new IllegalArgumentException("the ingest service needs a store, a duplicate detector and a language policy");
        }
        this.store = store;
        this.duplicates = StoredDuplicates.of(store, duplicates);
        this.languages = languages;
        this.lines = lines;
        if (skipsKept < 0) {
            throw new IllegalArgumentException("skipsKept must be >= 0, got " + skipsKept);
        }
        this.skipsKept = skipsKept;
    }

    public WorkspaceIngest(EventStore store, DuplicateDetector duplicates, LanguagePolicy languages) {
        this(store, duplicates, languages, null, SKIPS_KEPT);
    }

    /** Decides what to do with the next article of the run. */
    public synchronized Decision decide(Article article) {
        LanguagePolicy.Verdict verdict = languages.check(article);
        if (verdict.refused() != null) {
            return new Decision(article, null, Outcome.SKIPPED, verdict.refused(), null);
        }
        Article accepted = verdict.accepted();
        read++;
        String id = accepted.id();
        if (!readIds.add(id)) {
            return new Decision(article, null, Outcome.SKIPPED, duplicateId(accepted), null);
        }
        String body = accepted.bodyText();
        if (store.contains(id)) {
            // Stored by an earlier run, or by another process since this run began: its copies
            // later in the input must still be found.
            duplicates.add(id, body);
            alreadyStored++;
            return new Decision(article, null, Outcome.ALREADY_STORED, null, null);
        }
        if (store.containsCopy(id)) {
            copiesBefore++;
            return new Decision(article, null, Outcome.ALREADY_STORED, null, null);
        }
        Optional<DuplicateMatch> match = duplicates.match(id, body);
        if (match.isPresent()) {
            return new Decision(accepted, null, Outcome.COPY, null, match.get());
        }
        duplicates.add(id, body);
        fresh++;
        return new Decision(accepted, accepted, null, null, null);
    }

    /** Carries out a decision not to code an article: records its skip or its copy. */
    public synchronized Outcome carryOut(Decision decision) {
        if (decision.toCode() != null) {
            throw new IllegalArgumentException("article " + decision.article().id() + " is to be coded, not carried out");
        }
        return switch (decision.outcome()) {
            case SKIPPED -> skipped(decision.skip());
            case COPY -> copy(decision.article(), decision.copyOf());
            default -> decision.outcome();
        };
    }

    /** Stores an article that was coded. */
    public synchronized Outcome coded(CodedArticle coded) {
        if (store.save(coded)) {
            stored++;
            line("stored " + coded.article().id());
            return Outcome.STORED;
        }
        // Another process saved it after this run decided to code it.
        alreadyStored++;
        return Outcome.ALREADY_STORED;
    }

    /** Records an input that could not be read, or an article that could not be coded. */
    public synchronized Outcome skipped(SkippedInput skip) {
        store.recordSkipped(skip);
        skippedCount++;
        skipsByReason.merge(skip.reason(), 1L, Long::sum);
        if (firstSkips.size() < skipsKept) {
            firstSkips.add(skip);
        }
        line("skipped " + skip.origin() + ": " + skip.reason());
        return Outcome.SKIPPED;
    }

    /** Records {@code article} as a copy of the earlier one, which is stored by now unless its coding failed. */
    private Outcome copy(Article article, DuplicateMatch match) {
        String original = match.duplicateOf();
        if (!store.contains(original)) {
            return skipped(new SkippedInput(origin(article), "coding-failed", "article " + article.id()
                    + " is a copy of article " + original + ", which could not be coded"));
        }
        if (store.recordSyndication(Syndication.of(article, original, match.kind(), match.similarity()))) {
            copies++;
            line("copy " + article.id() + " of " + original);
            return Outcome.COPY;
        }
        copiesBefore++;
        return Outcome.ALREADY_STORED;
    }

    private void line(String text) {
        if (lines != null) {
            lines.accept(text);
        }
    }

    /**
     * The skip of an article whose id an article read before it in the run already has: ids must
     * be unique, so only the first is kept (also the rule of the Spark job).
     */
    public static SkippedInput duplicateId(Article article) {
        return new SkippedInput(origin(article), "duplicate-id", "another article with the id " + article.id()
                + " was read before it in this run; ids must be unique, so only the first is kept");
    }

    private static String origin(Article article) {
        return article.origin() == null ? article.id() : article.origin();
    }

    /** Articles read (copies and repeated ids included, those refused for their language not). */
    public synchronized long read() {
        return read;
    }

    /** Articles neither stored nor recorded as copies before: those this run had coded. */
    public synchronized long fresh() {
        return fresh;
    }

    public synchronized long stored() {
        return stored;
    }

    public synchronized long alreadyStored() {
        return alreadyStored;
    }

    /** Copies recorded by this run. */
    public synchronized long copies() {
        return copies;
    }

    /** Copies read again that an earlier run recorded. */
    public synchronized long copiesBefore() {
        return copiesBefore;
    }

    public synchronized long skippedCount() {
        return skippedCount;
    }

    /** The first skips of the run, as many as the constructor said to keep. */
    public synchronized List<SkippedInput> firstSkips() {
        return List.copyOf(firstSkips);
    }

    public synchronized Map<String, Long> skipsByReason() {
        return Map.copyOf(skipsByReason);
    }
}
