package parley.server;

import java.util.List;

/**
 * One page of a list: the items and the cursor of the next page, null on the last one.
 *
 * @param items      the items of this page
 * @param nextCursor opaque; pass it back as {@code cursor} (with the same filters) for the next page
 */
record Page<T>(List<T> items, String nextCursor) {
    Page {
        items = List.copyOf(items);
    }
}
