package parley.ingest.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for articles that have no file name of their own (WARC records, feed items): the
 * same scheme as parley-core's JSON Lines reader, so a page gets the same id however it arrives.
 */
public final class WebArticleIds {
    private WebArticleIds() {
    }

    /** The first 16 hex digits of SHA-256 over the url (empty when null), a newline and the text. */
    public static String hash(String url, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(((url == null ? "" : url) + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
