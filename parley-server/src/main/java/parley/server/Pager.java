package parley.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import parley.core.store.Page;

/**
 * Cursors of the API. A cursor is opaque to clients: it holds a fingerprint of the query it
 * belongs to and where the next page starts (the store's keyset key, or for search an offset), so a
 * cursor used with other filters, or edited, is refused with 400 naming {@code cursor}. A store key
 * stays valid while articles are added: the next page starts after the last item served.
 */
final class Pager {
    private static final String VERSION = "p2";

    private Pager() {
    }

    /** The store key a request's cursor holds, or null for the first page. */
    static String after(String cursor, String query) {
        return cursor == null ? null : decode(cursor, query);
    }

    /** The page with its next key made a cursor of this query. */
    static <T> Page<T> withCursor(Page<T> page, String query) {
        return new Page<>(page.items(), page.next() == null ? null : encode(page.next(), query));
    }

    /** The offset a search cursor holds (0 for the first page). */
    static int offset(String cursor, String query) {
        String key = after(cursor, query);
        if (key == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(key);
            if (offset < 0) {
                throw invalid();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static String encode(String key, String query) {
        String raw = VERSION + "\n" + fingerprint(query) + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String query) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\n", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()) {
            throw invalid();
        }
        if (!parts[1].equals(fingerprint(query))) {
            throw ApiError.badParameter("cursor", "the cursor belongs to another query: pass the same filters"
                    + " as for the page it came from");
        }
        return parts[2];
    }

    /** A store that does not recognise the key it was given back: the cursor was tampered with. */
    static ApiError invalid() {
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
}
