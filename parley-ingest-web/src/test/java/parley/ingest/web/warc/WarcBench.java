package parley.ingest.web.warc;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import parley.core.ingest.ReadSink;
import parley.ingest.web.HeapSampler;
import parley.ingest.web.Pages;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Flat-memory benchmark for {@link WarcReader} (a main class, not a unit test): writes a crawl of
 * generated news pages (request, response and metadata records, plus an image response every
 * tenth page) to a temporary {@code .warc.gz} of the requested size, reads it, and prints
 * articles/s, MB/s and heap use.
 *
 * <pre>
 * java -Xmx256m -cp ... parley.ingest.web.warc.WarcBench [megabytes, default 200] [folder, default the temp folder]
 * </pre>
 */
public final class WarcBench {
    private WarcBench() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 200;
        Path folder = args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir"));
        Path file = Files.createTempFile(folder, "warc-bench-", ".warc.gz");
        try {
            long t0 = System.nanoTime();
            long pages = write(file, megabytes * 1024 * 1024);
            long size = Files.size(file);
            System.out.printf(Locale.ROOT, "wrote %s: %.1f MB, %d pages in %.1f s%n", file, size / 1e6, pages,
                    (System.nanoTime() - t0) / 1e9);
            System.gc();
            long[] counts = new long[3];
            long t1;
            long seconds;
            long peak;
            try (HeapSampler sampler = new HeapSampler()) {
                t1 = System.nanoTime();
                new WarcReader().read(file, new ReadSink() {
                    @Override
                    public void article(Article article) {
                        counts[0]++;
                        counts[1] += article.text().length();
                    }

                    @Override
                    public void skipped(SkippedInput skipped) {
                        counts[2]++;
                        System.out.println("skipped: " + skipped);
                    }
                });
                seconds = System.nanoTime() - t1;
                peak = sampler.peakUsed();
            }
            double s = seconds / 1e9;
            System.out.printf(Locale.ROOT, "read %d articles (%d skip reports) in %.1f s: %.0f articles/s, %.2f MB/s of .warc.gz%n",
                    counts[0], counts[2], s, counts[0] / s, size / 1e6 / s);
            System.out.printf(Locale.ROOT, "heap: max %d MB, peak used %d MB, peak live after GC %d MB%n",
                    HeapSampler.maxHeap() >> 20, peak >> 20, HeapSampler.peakLiveAfterGc() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes pages until the file reaches {@code bytes}; returns the number of pages. */
    static long write(Path file, long bytes) throws IOException {
        long pages = 0;
        byte[] image = new byte[4096];
        new java.util.Random(7).nextBytes(image);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            CountingWarc counting = new CountingWarc(out);
            WarcFiles warc = new WarcFiles(counting, true);
            warc.warcinfo();
            while (counting.count < bytes) {
                String uri = "https://www.dailyledger.example/world/2025/05/16/report-" + pages;
                warc.request(uri);
                warc.response(uri, 200, "text/html; charset=utf-8", Pages.generated(pages, 12).getBytes(StandardCharsets.UTF_8));
                warc.metadata(uri);
                if (pages % 10 == 0) {
                    warc.response(uri + ".png", 200, "image/png", image);
                }
                pages++;
            }
        }
        return pages;
    }

    private static final class CountingWarc extends OutputStream {
        private final OutputStream out;
        long count;

        CountingWarc(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
