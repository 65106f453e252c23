package parley.server;

import parley.core.store.Page;

/** Reads one page of a store list for a request: the cursor made the store's key and back. */
final class Lists {
    private Lists() {
    }

    /** A store list: the page after {@code after}. */
    @FunctionalInterface
    interface Source<T> {
        Page<T> page(String after, int limit);
    }

    /**
     * The page the request's cursor and limit ask for, with a cursor of {@code query} for the next.
     * A key the store refuses (a cursor edited into another valid-looking one) is a 400.
     */
    static <T> Page<T> page(Params params, String query, Source<T> source) {
        String after = Pager.after(params.single("cursor"), query);
        Page<T> page;
        try {
            page = source.page(after, params.limit());
        } catch (IllegalArgumentException e) {
            if (after != null) {
                throw Pager.invalid();
            }
            throw e;
        }
        return Pager.withCursor(page, query);
    }
}
