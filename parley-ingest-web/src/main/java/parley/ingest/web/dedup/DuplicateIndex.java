package parley.ingest.web.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import parley.core.store.Syndication;
import parley.core.workspace.DuplicateDetector;
import parley.core.workspace.DuplicateMatch;

/**
 * The articles seen so far, for telling whether a new one is a copy of one of them.
 *
 * <pre>{@code
 * DuplicateIndex seen = new DuplicateIndex();
 * for (Article article : articles) {
 *     Optional<String> earlier = seen.findDuplicate(article.id(), article.bodyText());
 *     if (earlier.isEmpty()) {
 *         seen.add(article.id(), article.bodyText());
 *     } // else: store it as a duplicate of earlier.get(), do not code it twice
 * }
 * }</pre>
 *
 * <p>First an exact check (SHA-256 of the normalised text), then near duplicates: the LSH bands of
 * the new text's {@link Signature} give candidates, and the candidate with the highest estimated
 * similarity at or above the threshold wins (the earliest added on ties). Memory: about 1.3 KB
 * per article. Thread-safe (methods are synchronized).
 */
public final class DuplicateIndex implements DuplicateDetector {
    private final NearDuplicates near;
    private final double threshold;
    private final Map<String, String> exact = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> entryIds = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

    /** An index with {@link NearDuplicates#THRESHOLD}. */
    public DuplicateIndex() {
        this(new NearDuplicates(), NearDuplicates.THRESHOLD);
    }

    /** An index counting texts with estimated Jaccard similarity {@code >= threshold} as duplicates. */
    public DuplicateIndex(NearDuplicates near, double threshold) {
        if (near == null || !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near must be given and threshold in (0, 1], got " + near + ", " + threshold);
        }
        this.near = near;
        this.threshold = threshold;
        for (int b = 0; b < NearDuplicates.BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** The id of an earlier article that {@code text} duplicates, other than {@code articleId} itself. */
    public Optional<String> findDuplicate(String articleId, String text) {
        return match(articleId, text).map(DuplicateMatch::duplicateOf);
    }

    /** Like {@link #findDuplicate}, saying also how the duplicate was found and how similar it is. */
    @Override
    public synchronized Optional<DuplicateMatch> match(String articleId, String text) {
        check(articleId, text);
        String earlier = exact.get(NearDuplicates.exactKey(text));
        if (earlier != null && !earlier.equals(articleId)) {
            return Optional.of(new DuplicateMatch(earlier, Syndication.Kind.EXACT, 1.0));
        }
        Signature signature = near.signature(text);
        if (signature.size() < NearDuplicates.BUCKETS) {
            return Optional.empty();
        }
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int b = 0; b < NearDuplicates.BANDS; b++) {
            List<Integer> same = bands.get(b).get(bandKey(signature, b));
            if (same != null) {
                candidates.addAll(same);
            }
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int candidate : candidates) {
            if (entryIds.get(candidate).equals(articleId)) {
                continue;
            }
            double similarity = near.similarity(signature, signatures.get(candidate));
            if (similarity >= threshold && similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best < 0 ? Optional.empty()
                : Optional.of(new DuplicateMatch(entryIds.get(best), Syndication.Kind.NEAR, bestSimilarity));
    }

    /** Remembers {@code text} under {@code articleId}; adding the same id again changes nothing. */
    @Override
    public synchronized void add(String articleId, String text) {
        check(articleId, text);
        if (!ids.add(articleId)) {
            return;
        }
        exact.putIfAbsent(NearDuplicates.exactKey(text), articleId);
        Signature signature = near.signature(text);
        if (signature.size() < NearDuplicates.BUCKETS) {
            return; // no words: only exact duplicates can be found
        }
        int entry = entryIds.size();
        entryIds.add(articleId);
        signatures.add(signature);
        for (int b = 0; b < NearDuplicates.BANDS; b++) {
            bands.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(entry);
        }
    }

    /** How many articles were added. */
    public synchronized int size() {
        return ids.size();
    }

    private static long bandKey(Signature signature, int band) {
        long key = band;
        for (int r = 0; r < NearDuplicates.ROWS; r++) {
            key = key * 0x9E3779B97F4A7C15L + signature.value(band * NearDuplicates.ROWS + r);
        }
        return key;
    }

    private static void check(String articleId, String text) {
        if (articleId == null || articleId.isBlank() || text == null) {
            throw new IllegalArgumentException("article id and text are required, got '" + articleId + "', "
                    + (text == null ? "null text" : "text"));
        }
    }
}
