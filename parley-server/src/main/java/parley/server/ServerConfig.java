package parley.server;

import java.util.function.Supplier;
import parley.core.pipeline.ArticleCoder;
import parley.core.workspace.DuplicateDetector;
import parley.core.workspace.LanguagePolicy;

/**
 * How the server is set up.
 *
 * @param token        the bearer token that ingest requires, or null: then the server is
 *                     read-only and ingest answers 403
 * @param coder        supplies the coding pipeline for ingest; called on the first ingest only (the
 *                     real pipeline loads models that take tens of seconds), so it may be slow. May
 *                     be null when no token is set
 * @param host         the address to listen on ({@code 127.0.0.1} keeps it on this machine)
 * @param maxBodyBytes the largest ingest body accepted; larger ones get 413
 * @param languages    which languages ingest codes (the others are recorded as skipped)
 * @param duplicates   supplies the near-duplicate detector of ingest, called on the first ingest
 *                     (it is seeded with every stored article then)
 */
public record ServerConfig(String token, Supplier<ArticleCoder> coder, String host, long maxBodyBytes,
                           LanguagePolicy languages, Supplier<DuplicateDetector> duplicates) {
    /** Default largest ingest body: 20 MB, about a thousand articles of JSON Lines. */
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;

    public ServerConfig {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the ingest token must not be blank (use null for read-only)");
        }
        if (token != null && coder == null) {
            throw new IllegalArgumentException("a server that takes ingest (token set) needs a coder");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be non-blank, got '" + host + "'");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        languages = languages == null ? LanguagePolicy.acceptAll() : languages;
        duplicates = duplicates == null ? DuplicateDetector::none : duplicates;
    }

    /** A read-only server on the loopback address. */
    public static ServerConfig readOnly() {
        return new ServerConfig(null, null, "127.0.0.1", DEFAULT_MAX_BODY_BYTES, null, null);
    }

    /** A server on the loopback address that takes ingest with this token, every language, no duplicate detection. */
    public static ServerConfig withIngest(String token, Supplier<ArticleCoder> coder) {
        return new ServerConfig(token, coder, "127.0.0.1", DEFAULT_MAX_BODY_BYTES, null, null);
    }

    /** The same configuration listening on another address. */
    public ServerConfig withHost(String newHost) {
        return new ServerConfig(token, coder, newHost, maxBodyBytes, languages, duplicates);
    }

    /** The same configuration with this language policy and duplicate detection for ingest. */
    public ServerConfig withIngestPolicies(LanguagePolicy newLanguages, Supplier<DuplicateDetector> newDuplicates) {
        return new ServerConfig(token, coder, host, maxBodyBytes, newLanguages, newDuplicates);
    }

    /** Whether ingest is enabled. */
    public boolean ingestEnabled() {
        return token != null;
    }
}
