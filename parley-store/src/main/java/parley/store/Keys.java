package parley.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of keyset pagination: a few values written as one text, {@code length:value} each, so
 * that any value (an id with separators in it) reads back exactly.
 */
final class Keys {
    private Keys() {
    }

    static String of(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            String text = String.valueOf(part);
            key.append(text.length()).append(':').append(text);
        }
        return key.toString();
    }

    /**
     * The parts of a key made by {@link #of}.
     *
     * @throws IllegalArgumentException when it is not such a key with {@code count} parts
     */
    static List<String> parts(String key, int count) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        try {
            while (at < key.length()) {
                int colon = key.indexOf(':', at);
                int length = Integer.parseInt(key.substring(at, colon));
                if (length < 0) {
                    throw new IllegalArgumentException("negative length");
                }
                parts.add(key.substring(colon + 1, colon + 1 + length));
                at = colon + 1 + length;
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a page key: '" + key + "'", e);
        }
        if (parts.size() != count) {
            throw new IllegalArgumentException("not a page key of " + count + " parts: '" + key + "'");
        }
        return parts;
    }

    static long number(String part, String key) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a page key: '" + key + "'", e);
        }
    }
}
