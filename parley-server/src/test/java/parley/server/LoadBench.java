package parley.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import parley.model.CodedArticle;
import parley.search.SearchIndex;
import parley.store.H2EventStore;

/**
 * A load bench of the API, not a unit test: builds a workspace of generated articles (10,000
 * events by default) in a temporary folder, starts the server on the loopback address, and sends
 * each endpoint a bounded number of requests from concurrent virtual-thread clients, printing
 * requests per second and p50/p99 latency. Every loop is bounded by a count and a time limit.
 *
 * <pre>
 * mvn -q -o -pl parley-server -am test-compile
 * mvn -q -o -pl parley-server dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * # the project's own modules from this tree, not from ~/.m2:
 * CP=$(tr ':' '\n' &lt; /tmp/cp.txt | sed -E "s#.*&#47;org/parley/(parley-[a-z-]+)/.*#$PWD/\1/target/classes#" | paste -sd:)
 * cd parley-server &amp;&amp; java -cp target/classes:target/test-classes:$CP \
 *     parley.server.LoadBench [articles=2500] [events-per-article=4] [clients=16] [requests=2000]
 * </pre>
 */
public final class LoadBench {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = arg(args, 0, 2500);
        int perArticle = arg(args, 1, 4);
        int clients = arg(args, 2, 16);
        int requests = arg(args, 3, 2000);
        Path data = Files.createTempDirectory("parley-loadbench");
        long t0 = System.nanoTime();
        List<CodedArticle> generated = GeneratedWorkspace.articles(articles, perArticle, 42);
        try (H2EventStore store = H2EventStore.open(data); SearchIndex index = SearchIndex.open(data.resolve("search"))) {
            generated.forEach(store::save);
            long stored = System.nanoTime();
            IndexSync.ensureCurrent(store, index);
            long indexed = System.nanoTime();
            System.out.printf(Locale.ROOT, "workspace: %d articles, %d events, %d quotes; stored in %.1f s, indexed in %.1f s%n",
                    store.summary().articles(), store.summary().events(), store.summary().quotes(),
                    (stored - t0) / 1e9, (indexed - stored) / 1e9);
            ParleyServer server = new ParleyServer(store, index, ServerConfig.readOnly());
            int port = server.start(0);
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                HttpClient client = HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + port;
                long first = System.nanoTime();
                send(client, base + "/api/incidents?limit=1");
                System.out.printf(Locale.ROOT, "first request (reads the workspace, corroborates): %.0f ms%n",
                        (System.nanoTime() - first) / 1e6);
                String[] actors = {"RUS", "UKR", "USA", "EU", "ISR", "HAMAS"};
                String[] words = {"ceasefire", "prisoners", "energy", "talks", "sanctions", "territory"};
                Map<String, IntFunction<String>> endpoints = new LinkedHashMap<>();
                endpoints.put("/api/events", i -> "/api/events?limit=50&actor=" + actors[i % actors.length]);
                endpoints.put("/api/incidents", i -> "/api/incidents?limit=50&type=AGREE,REJECT&actor=" + actors[i % actors.length]);
                endpoints.put("/api/search", i -> "/api/search?limit=20&q=" + words[i % words.length]);
                endpoints.put("/api/positions", i -> "/api/positions?limit=100&date=2025-0" + (1 + i % 9) + "-15");
                System.out.printf(Locale.ROOT, "%d clients (virtual threads), %d requests per endpoint, loopback%n",
                        clients, requests);
                System.out.printf(Locale.ROOT, "%-18s %10s %10s %10s %10s %8s%n", "endpoint", "requests", "req/s",
                        "p50 ms", "p99 ms", "errors");
                for (Map.Entry<String, IntFunction<String>> endpoint : endpoints.entrySet()) {
                    // Warm up (JIT, caches) with a tenth of the requests, not measured.
                    run(client, threads, base, endpoint.getValue(), clients, Math.max(clients, requests / 10));
                    Result result = run(client, threads, base, endpoint.getValue(), clients, requests);
                    System.out.printf(Locale.ROOT, "%-18s %10d %10.0f %10.2f %10.2f %8d%n", endpoint.getKey(),
                            result.count(), result.perSecond(), result.percentile(50), result.percentile(99),
                            result.errors());
                }
            } finally {
                server.stop();
            }
        }
    }

    private record Result(long[] latencies, int count, int errors, double seconds) {
        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * count) - 1;
            return sorted[Math.max(0, rank)] / 1e6;
        }
    }

    private static Result run(HttpClient client, ExecutorService threads, String base, IntFunction<String> path,
                              int clients, int requests) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(threads.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
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
        for (var worker : workers) {
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

    private static int arg(String[] args, int position, int fallback) {
        if (args.length <= position) {
            return fallback;
        }
        int value = Integer.parseInt(args[position]);
        if (value < 1) {
            throw new IllegalArgumentException("argument " + (position + 1) + " must be positive, got " + value);
        }
        return value;
    }
}
