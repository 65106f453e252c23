package parley.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import parley.core.ingest.JsonLinesReader;
import parley.core.ingest.ReadSink;
import parley.core.json.Json;
import parley.core.pipeline.ArticleCoder;
import parley.core.store.EventStore;
import parley.core.workspace.DuplicateDetector;
import parley.core.workspace.StoredDuplicates;
import parley.core.workspace.WorkspaceIngest;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.SkippedInput;
import parley.search.SearchIndex;

/**
 * {@code POST /api/articles}: codes and stores article records (FORMAT.md "Articles in"), one
 * JSON object, a JSON array of them, or JSON Lines. Requires {@code Authorization: Bearer <token>};
 * a server started without a token is read-only and answers 403. Records are read by the same
 * reader as {@code .jsonl} files, so a bad record is reported as skipped, with its reason, and the
 * others are still stored. Each request is one run of the ingest service ({@link WorkspaceIngest}),
 * the same as {@code parley analyze}: the language policy, repeated ids, articles and copies
 * already stored, syndicated copies and skips are decided the same way.
 */
final class IngestRoutes {
    private final EventStore store;
    private final SearchIndex index;
    private final ServerConfig config;
    private final Supplier<ArticleCoder> coder;
    /** Coding is CPU-bound (the parser): no more articles at once than cores. */
    private final Semaphore coding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final Supplier<DuplicateDetector> duplicates;

    IngestRoutes(EventStore store, SearchIndex index, ServerConfig config) {
        this.store = store;
        this.index = index;
        this.config = config;
        this.coder = config.coder() == null ? null : Lazy.of(config.coder());
        // One detector for every request, taught the stored articles once (on the first ingest).
        this.duplicates = Lazy.of(() -> StoredDuplicates.of(store, config.duplicates().get()));
    }

    void register(RoutesConfig routes) {
        routes.post("/api/articles", this::ingest);
    }

    private void ingest(Context ctx) {
        authorize(ctx);
        Params.of(ctx, Set.of());
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw ApiError.badParameter("body", "the body is empty: send an article record (JSON) or JSON Lines of them");
        }
        List<Article> articles = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        read(body, articles, skipped);
        if (articles.isEmpty()) {
            String reason = skipped.isEmpty() ? "no article records in the body"
                    : skipped.get(0).reason() + ": " + skipped.get(0).detail();
            throw ApiError.badParameter("body", "no article could be read (" + reason + ")");
        }
        List<String> stored = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> copies = new ArrayList<>();
        int events = 0;
        int quotes = 0;
        WorkspaceIngest ingest;
        // One request at a time decides and stores: the duplicate detector learns each article in turn.
        synchronized (this) {
            ingest = new WorkspaceIngest(store, duplicates.get(), config.languages(), null, Integer.MAX_VALUE);
            skipped.forEach(ingest::skipped);
            for (Article article : articles) {
                WorkspaceIngest.Decision decision = ingest.decide(article);
                if (decision.toCode() == null) {
                    WorkspaceIngest.Outcome outcome = ingest.carryOut(decision);
                    if (outcome == WorkspaceIngest.Outcome.ALREADY_STORED) {
                        already.add(article.id());
                    } else if (outcome == WorkspaceIngest.Outcome.COPY) {
                        copies.add(article.id());
                    }
                    continue;
                }
                CodedArticle coded;
                try {
                    coded = code(decision.toCode());
                } catch (RuntimeException e) {
                    ingest.skipped(new SkippedInput(article.origin() == null ? article.id() : article.origin(),
                            "coding-failed", e.getClass().getSimpleName() + ": " + e.getMessage()));
                    continue;
                }
                if (ingest.coded(coded) == WorkspaceIngest.Outcome.STORED) {
                    stored.add(article.id());
                    events += coded.events().size();
                    quotes += coded.quotes().size();
                } else {
                    already.add(article.id());
                }
            }
        }
        if (!stored.isEmpty()) {
            // Indexes what was stored (and anything other writers stored meanwhile), and commits.
            IndexSync.ensureCurrent(store, index);
        }
        List<SkippedInput> allSkips = ingest.firstSkips();
        Responses.json(ctx, stored.isEmpty() ? 200 : 201, new Views.IngestResult(stored, already, copies, allSkips,
                events, quotes));
    }

    private CodedArticle code(Article article) {
        coding.acquireUninterruptibly();
        try {
            return coder.get().code(article);
        } finally {
            coding.release();
        }
    }

    private void authorize(Context ctx) {
        if (!config.ingestEnabled()) {
            throw new ApiError(403, "this server is read-only: start it with --token (or PARLEY_TOKEN) to accept articles",
                    null);
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parley\"");
            throw new ApiError(401, "ingest needs the header 'Authorization: Bearer <token>'", "Authorization");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the time taken must not tell how much of a guess was right.
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "the bearer token is not the one this server was started with", "Authorization");
        }
    }

    /**
     * Reads the records of the body: a JSON object or array is written out as JSON Lines, anything
     * else is taken as JSON Lines already; either way the JSON Lines reader reads them.
     */
    private static void read(byte[] body, List<Article> articles, List<SkippedInput> skipped) {
        ObjectMapper mapper = Json.mapper();
        String lines;
        try {
            // Trailing tokens fail, so that JSON Lines is not read as its first record alone.
            JsonNode whole = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
            if (whole != null && whole.isArray()) {
                StringBuilder joined = new StringBuilder();
                for (JsonNode record : whole) {
                    joined.append(mapper.writeValueAsString(record)).append('\n');
                }
                lines = joined.toString();
            } else if (whole != null && whole.isObject()) {
                lines = mapper.writeValueAsString(whole) + "\n";
            } else {
                lines = new String(body, StandardCharsets.UTF_8);
            }
        } catch (IOException notOneValue) {
            lines = new String(body, StandardCharsets.UTF_8);
        }
        Path file = null;
        try {
            file = Files.createTempFile("parley-ingest", ".jsonl");
            Files.writeString(file, lines, StandardCharsets.UTF_8);
            String prefix = file.toString();
            new JsonLinesReader().read(file, new ReadSink() {
                @Override
                public void article(Article article) {
                    articles.add(new Article(article.id(), article.url(), article.source(), article.published(),
                            article.title(), article.text(), article.lang(), origin(article.origin(), prefix),
                            article.furniture()));
                }

                @Override
                public void skipped(SkippedInput input) {
                    skipped.add(new SkippedInput(origin(input.origin(), prefix), input.reason(), input.detail()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer the request body: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless; the answer matters more.
                }
            }
        }
    }

    /** "POST /api/articles#3" instead of the temporary file's path: record 3 of the request. */
    private static String origin(String origin, String prefix) {
        return origin != null && origin.startsWith(prefix) ? "POST /api/articles" + origin.substring(prefix.length())
                : origin;
    }
}
