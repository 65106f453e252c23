package parley.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.StageTimes;
import parley.pipeline.Parley;
import parley.search.SearchIndex;
import parley.server.IndexSync;
import parley.server.ParleyServer;
import parley.server.ServerConfig;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley serve}: the analyst's workbench over the workspace, the JSON API and the web pages.
 * The search index ({@code <data>/search}) catches up first with what the store holds and it does
 * not. Ingest ({@code POST /api/articles}) needs a token; the coding pipeline is built on the first
 * ingest only, so a read-only server starts in seconds at any workspace size.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the workbench (web pages and JSON API) over the workspace until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    CodingOptions coding;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARLEY_TOKEN}",
            description = "Bearer token that ingest requires (default: $PARLEY_TOKEN); without one the server is read-only.")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        Path data = workspace.data;
        JdbcEventStore store = workspace.open();
        SearchIndex index;
        try {
            index = SearchIndex.open(data.resolve("search"));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        int indexed = IndexSync.ensureCurrent(store, index);
        if (indexed > 0) {
            System.out.printf("Indexed %d articles for search.%n", indexed);
        }
        String ingestToken = token == null || token.isBlank() ? null : token;
        Supplier<ArticleCoder> coder = () -> Parley.coder(Parley.actors(coding.actorFiles, data),
                Parley.annotator(coding.cacheDirectory()), new StageTimes());
        ParleyServer server = new ParleyServer(store, index,
                new ServerConfig(ingestToken, coder, host, ServerConfig.DEFAULT_MAX_BODY_BYTES, Parley.languagePolicy(),
                        Parley::duplicates));
        int bound = server.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            index.commit();
            index.close();
            store.close();
            stopped.countDown();
        }, "parley-serve-shutdown"));
        System.out.printf("Parley workbench on http://%s:%d/ (workspace %s; %s). Ready in %.1f s. Ctrl-C stops it.%n",
                host, bound, workspace.describe(), ingestToken == null ? "read-only: no token"
                        : "ingest with Authorization: Bearer <token>", (System.nanoTime() - start) / 1e9);
        System.out.flush();
        stopped.await();
        return 0;
    }
}
