package parley.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pagination over a list in a stable order. A cursor is opaque to clients: it holds the
 * offset of the next item, the id of the last item served, and a fingerprint of the query, so a
 * cursor used with other filters, or edited, is refused with 400. When items were added before
 * the cursor's position since it was issued (the list grew), the page continues after the last
 * item served, found by its id, so no item is served twice.
 */
final class Pager {
    private static final String VERSION = "p1";

    private Pager() {
    }

    /**
     * The page of {@code all} that the request's {@code cursor} and {@code limit} select.
     *
     * @param query a canonical text of what the list is (route and filters)
     * @param id    the stable id of an item
     */
    static <T> Page<T> page(List<T> all, Function<T, String> id, String query, String cursor, int limit) {
        int from = cursor == null ? 0 : resume(all, id, decode(cursor, query));
        int to = Math.min(all.size(), from + limit);
        List<T> items = all.subList(Math.min(from, to), to);
        String next = to < all.size() && !items.isEmpty() ? encode(to, id.apply(all.get(to - 1)), query) : null;
        return new Page<>(items, next);
    }

    /** The offset a page starts at, given where the last one stopped. */
    static int offset(String cursor, String query) {
        return cursor == null ? 0 : decode(cursor, query).offset();
    }

    /** The cursor after {@code offset} items, the last of which has id {@code lastId}. */
    static String encode(int offset, String lastId, String query) {
        String raw = VERSION + "\n" + offset + "\n" + fingerprint(query) + "\n" + (lastId == null ? "" : lastId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> int resume(List<T> all, Function<T, String> id, Position position) {
        int offset = position.offset();
        if (offset <= all.size() && offset > 0 && position.lastId().equals(id.apply(all.get(offset - 1)))) {
            return offset;
        }
        for (int i = 0; i < all.size(); i++) {
            if (position.lastId().equals(id.apply(all.get(i)))) {
                return i + 1;
            }
        }
        // The last item served is gone (a rebuilt workspace): go on from the same offset.
        return Math.min(offset, all.size());
    }

    private static Position decode(String cursor, String query) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\n", 4);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw invalid();
        }
        if (!parts[2].equals(fingerprint(query))) {
            throw ApiError.badParameter("cursor", "the cursor belongs to another query: pass the same filters"
                    + " as for the page it came from");
        }
        try {
            int offset = Integer.parseInt(parts[1]);
            if (offset < 0) {
                throw invalid();
            }
            return new Position(offset, parts[3]);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ApiError invalid() {
        return ApiError.badParameter("cursor", "the cursor is not valid: pass next_cursor of a previous page as it is");
    }

    private static String fingerprint(String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private record Position(int offset, String lastId) {
    }
}
