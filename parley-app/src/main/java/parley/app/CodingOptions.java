package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that codes articles. */
final class CodingOptions {
    @Option(names = "--actors", paramLabel = "FILE|DIR",
            description = "Extra actor dictionary files (YAML/CSV) or folders of them; repeatable.")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where parsed articles are cached (default: $PARLEY_CACHE or ~/.cache/parley/annotations).")
    Path cache;

    @Option(names = "--no-cache", description = "Parse every article again, keep no cache.")
    boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    Path cacheDirectory() {
        if (noCache) {
            return null;
        }
        if (cache != null) {
            return cache;
        }
        String env = System.getenv("PARLEY_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "parley", "annotations");
    }
}
