package parley.ingest.web.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.core.ingest.ReadSink;
import parley.ingest.web.HeapSampler;
import parley.ingest.web.Pages;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * HTML ingest throughput (a main class, not a unit test): reads generated news pages from memory
 * with {@link HtmlArticleReader} and prints articles/s and MB/s, after a warm-up round, for the
 * default extractors and for the density fallback alone.
 *
 * <pre>
 * java -cp ... parley.ingest.web.html.HtmlBench [pages, default 2000]
 * </pre>
 */
public final class HtmlBench {
    private HtmlBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            byte[] page = Pages.generated(i, 12).getBytes(StandardCharsets.UTF_8);
            pages.add(page);
            bytes += page.length;
        }
        System.out.printf(Locale.ROOT, "%d pages, %.1f MB, %.1f KB a page%n", count, bytes / 1e6, bytes / 1e3 / count);
        run("readability+density", new HtmlArticleReader(), pages, bytes, true);
        run("readability+density", new HtmlArticleReader(), pages, bytes, false);
        run("density only", new HtmlArticleReader(HtmlArticleReader.DEFAULT_MAX_BYTES, List.of(new DensityExtractor())),
                pages, bytes, false);
    }

    private static void run(String name, HtmlArticleReader reader, List<byte[]> pages, long bytes, boolean warmUp)
            throws InterruptedException {
        long[] articles = {0};
        ReadSink sink = new ReadSink() {
            @Override
            public void article(Article article) {
                articles[0]++;
            }

            @Override
            public void skipped(SkippedInput skipped) {
                throw new AssertionError("generated page skipped: " + skipped);
            }
        };
        try (HeapSampler sampler = new HeapSampler()) {
            long t = System.nanoTime();
            int i = 0;
            for (byte[] page : pages) {
                reader.readHtml(page, "utf-8", "https://www.dailyledger.example/p/" + i, "bench#" + i++, null, sink);
            }
            double s = (System.nanoTime() - t) / 1e9;
            if (!warmUp) {
                System.out.printf(Locale.ROOT, "%s: %d articles in %.1f s: %.0f articles/s, %.2f MB/s; peak heap %d MB%n",
                        name, articles[0], s, articles[0] / s, bytes / 1e6 / s, sampler.peakUsed() >> 20);
            }
        }
    }
}
