package parley.core.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Test resources of this package as paths. */
final class Resources {
    private Resources() {
    }

    static Path path(String name) {
        URL url = Resources.class.getResource("/parley/core/eval/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource parley/core/eval/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad resource URL " + url, e);
        }
    }
}
