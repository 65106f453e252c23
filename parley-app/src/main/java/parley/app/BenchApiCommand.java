package parley.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import parley.core.store.WorkspaceSummary;
import parley.search.SearchIndex;
import parley.server.IndexSync;
import parley.server.ParleyServer;
import parley.server.ServerConfig;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench-api}: a load bench of the workbench API. It builds a generated workspace of
 * {@code --events} events ({@link BenchWorkspace}, stored through the same save as {@code analyze},
 * so incidents and stances are derived as they would be) or reuses one that holds exactly that
 * many, starts the server on the loopback address, and sends each endpoint {@code --requests}
 * requests from {@code --clients} concurrent virtual-thread clients, after a warm-up of a tenth of
 * them. It prints requests per second, p50 and p99 latency and errors per endpoint. Every loop is
 * bounded by its count and by {@code --seconds} per endpoint; only 127.0.0.1 is ever sent to.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = "Load bench of the API on a generated workspace of N events (built once, then reused): "
                + "requests/s, p50, p99 and errors per endpoint, from concurrent clients on loopback.")
final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", required = true, description = "Events in the generated workspace.")
    long events;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 16;

    @Option(names = "--requests", paramLabel = "N", description = "Requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests = 2000;

    @Option(names = "--seconds", paramLabel = "S", description = "At most this long per endpoint (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--data", paramLabel = "DIR", description = "Workspace folder (default: parley-bench/<N>-events); "
            + "with --db it keeps only the search index.")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "A PostgreSQL database to bench instead of the embedded "
            + "one, jdbc:postgresql://HOST/DB?user=..&password=.. (empty, or holding this bench's workspace).")
    String db;

    /** Articles stored in one transaction while the workspace is built. */
    private static final int BATCH = 2000;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || clients < 1 || requests < 1 || seconds < 1) {
            throw new IllegalArgumentException("--events, --clients, --requests and --seconds must be positive");
        }
        Path folder = data != null ? data : Path.of("parley-bench", events + "-events" + (db == null ? "" : "-db"));
        try (JdbcEventStore store = db == null ? JdbcEventStore.open(folder) : JdbcEventStore.connect(db);
             SearchIndex index = SearchIndex.open(folder.resolve("search"))) {
            fill(store);
            long indexStart = System.nanoTime();
            int indexed = IndexSync.ensureCurrent(store, index);
            if (indexed > 0) {
                System.out.printf(Locale.ROOT, "indexed %d articles for search in %.0f s%n", indexed,
                        (System.nanoTime() - indexStart) / 1e9);
            }
            WorkspaceSummary summary = store.summary();
            System.out.printf(Locale.ROOT, "workspace %s: %d articles, %d events, %d quotes, %d incidents%n",
                    store.describe(), summary.articles(), summary.events(), summary.quotes(), summary.incidents());
            long serverStart = System.nanoTime();
            ParleyServer server = new ParleyServer(store, index, ServerConfig.readOnly());
            int port = server.start(0);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                HttpClient client = HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + port;
                int first = send(client, base + "/api/incidents?limit=1");
                System.out.printf(Locale.ROOT, "server started and first request answered (%d) in %.0f ms%n", first,
                        (System.nanoTime() - serverStart) / 1e6);
                System.out.printf(Locale.ROOT, "%d clients (virtual threads), %d requests per endpoint, loopback%n",
                        clients, requests);
                System.out.printf(Locale.ROOT, "%-16s %9s %9s %9s %9s %7s %12s%n", "endpoint", "requests", "req/s",
                        "p50 ms", "p99 ms", "errors", "cpu ms/req");
                for (Map.Entry<String, IntFunction<String>> endpoint : endpoints().entrySet()) {
                    // Warm up (JIT, caches) with a tenth of the requests, not measured.
                    run(client, threads, base, endpoint.getValue(), Math.max(clients, requests / 10));
                    long cpu = processCpuNanos();
                    Result result = run(client, threads, base, endpoint.getValue(), requests);
                    double cpuPerRequest = (processCpuNanos() - cpu) / 1e6 / Math.max(1, result.count());
                    System.out.printf(Locale.ROOT, "%-16s %9d %9.0f %9.2f %9.2f %7d %12.2f%n", endpoint.getKey(),
                            result.count(), result.perSecond(), result.percentile(50), result.percentile(99),
                            result.errors(), cpuPerRequest);
                }
            } finally {
                server.stop();
            }
        }
        return 0;
    }

    /** What each endpoint is asked, request {@code i} of the run. */
    private static Map<String, IntFunction<String>> endpoints() {
        String[] actors = {"RUS", "UKR", "USA", "EU", "ISR", "HAMAS"};
        String[] words = {"ceasefire", "prisoners", "energy", "talks", "sanctions", "territory"};
        Map<String, IntFunction<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/events", i -> "/api/events?limit=50&actor=" + actors[i % actors.length]);
        endpoints.put("/api/incidents", i -> "/api/incidents?limit=50&type=AGREE,REJECT&actor=" + actors[i % actors.length]);
        endpoints.put("/api/positions", i -> "/api/positions?limit=100&date=2025-0" + (1 + i % 9) + "-15");
        endpoints.put("/api/timeline", i -> i % 2 == 0 ? "/api/timeline?limit=100&conflict=RUS,UKR"
                : "/api/timeline?limit=100&actor=" + actors[i % actors.length] + "&issue=ceasefire");
        endpoints.put("/api/search", i -> "/api/search?limit=20&q=" + words[i % words.length]);
        endpoints.put("/api/articles", i -> "/api/articles?limit=50&type=REJECT");
        endpoints.put("/api/actors", i -> "/api/actors?limit=50");
        endpoints.put("/api/network", i -> "/api/network");
        return endpoints;
    }

    /** Stores the generated articles the workspace lacks; refuses a workspace that holds something else. */
    private void fill(JdbcEventStore store) {
        WorkspaceSummary summary = store.summary();
        int articles = BenchWorkspace.articlesFor(events);
        if (summary.events() == events && summary.articles() == articles) {
            System.out.printf(Locale.ROOT, "reusing the workspace of %d events%n", events);
            return;
        }
        if (summary.articles() > 0 && !store.contains(BenchWorkspace.PREFIX + 0)) {
            throw new IllegalArgumentException(store.describe() + " holds " + summary.articles() + " articles that are not "
                    + "this bench's: pass an empty --data folder or --db database");
        }
        if (summary.articles() > articles) {
            throw new IllegalArgumentException(store.describe() + " holds a bench workspace of " + summary.events()
                    + " events, not " + events + ": pass another --data or --db");
        }
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        int step = Math.max(BATCH, articles / 10 / BATCH * BATCH);
        for (int n = (int) summary.articles(); n < articles; n += BATCH) {
            List<parley.model.CodedArticle> batch = new ArrayList<>();
            for (int i = n; i < Math.min(articles, n + BATCH); i++) {
                batch.add(BenchWorkspace.article(i, events));
            }
            store.saveAll(batch);
            if ((n + BATCH) % step == 0 || n + BATCH >= articles) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                int done = Math.min(articles, n + BATCH);
                System.out.printf(Locale.ROOT, "stored %d of %d articles (%.0f s, %.0f articles/s, %.1f cpu ms/article)%n",
                        done, articles, elapsed, (done - summary.articles()) / Math.max(elapsed, 1e-9),
                        (processCpuNanos() - cpu) / 1e6 / Math.max(1, done - summary.articles()));
            }
        }
    }

    /**
     * CPU time of this process (server and clients both): per request, it tells what an endpoint
     * costs however busy the machine is with other work, which latencies do not.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private record Result(long[] latencies, int count, int errors, double seconds) {
        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * count) - 1;
            return sorted[Math.max(0, rank)] / 1e6;
        }
    }

    private Result run(HttpClient client, ExecutorService threads, String base, IntFunction<String> path, int count)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(threads.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    int status = send(client, base + path.apply(i));
                    latencies[done.getAndIncrement()] = System.nanoTime() - sent;
                    if (status != 200) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return new Result(latencies, done.get(), errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static int send(HttpClient client, String url) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
