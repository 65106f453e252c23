package parley.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids for records that carry none. */
final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * The first 16 hex digits of SHA-256 over the url (empty when null), a newline and the text:
     * the same record always gets the same id, on any machine and in any run.
     */
    static String hash(String url, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(((url == null ? "" : url) + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
