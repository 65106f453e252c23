package parley.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read with keyset pagination: the items, and the key to pass as {@code after}
 * for the next page, or null on the last one. Keys are opaque texts made by the store; a key stays
 * valid while articles are added (the next page starts after the last item served, wherever new
 * items were inserted).
 *
 * @param items the items, at most the limit asked for
 * @param next  the key of the next page, or null when there is none
 */
public record Page<T>(List<T> items, String next) {
    public Page {
        items = List.copyOf(items);
        if (next != null && next.isEmpty()) {
            throw new IllegalArgumentException("the next key must be null or non-empty");
        }
    }

    /** An empty last page. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null);
    }

    /** The same page with every item turned into another. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        List<R> mapped = new ArrayList<>(items.size());
        items.forEach(item -> mapped.add(mapping.apply(item)));
        return new Page<>(mapped, next);
    }

    /** Reads every page in turn and collects up to {@code limit} items (0 for all). */
    public static <T> List<T> collect(Reader<T> reader, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0 (0 = all), got " + limit);
        }
        List<T> all = new ArrayList<>();
        String after = null;
        do {
            int want = limit == 0 ? PAGE : Math.min(PAGE, limit - all.size());
            Page<T> page = reader.page(after, want);
            all.addAll(page.items());
            after = page.next();
        } while (after != null && (limit == 0 || all.size() < limit));
        return all;
    }

    /** Pages read by {@link #collect}. */
    private static final int PAGE = 500;

    /** Reads one page. */
    @FunctionalInterface
    public interface Reader<T> {
        Page<T> page(String after, int limit);
    }
}
