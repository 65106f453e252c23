package parley.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import parley.core.ingest.InputProgress;

/**
 * The progress bar of a run, on standard error. What it counts:
 * <ul>
 *   <li>reading files: megabytes (kilobytes below 10 MB) of the input files read (their sizes are summed before the run
 *       starts; within a large file, the position of the reading, see {@link ReadPosition}), with
 *       MB/s and the time left at that pace; the articles done so far and articles/s follow as a
 *       message. Reading runs ahead of coding by at most a few dozen articles;</li>
 *   <li>a list of articles already read: articles, articles/s and the time left.</li>
 * </ul>
 * {@link #off()} shows nothing. Safe to call from the reading thread and the coding loop at once.
 */
final class RunProgress implements InputProgress, AutoCloseable {
    private static final long REFRESH_NANOS = 200_000_000L;
    private final ProgressBar bar;
    private final boolean inBytes;
    private final long started = System.nanoTime();
    private long bytesDone;
    private ReadPosition current;
    private long currentSize;
    private long articles;
    private long lastRefresh;

    private RunProgress(ProgressBar bar, boolean inBytes) {
        this.bar = bar;
        this.inBytes = inBytes;
    }

    /** No progress shown. */
    static RunProgress off() {
        return new RunProgress(null, false);
    }

    /** A bar over {@code totalBytes} of input files. */
    static RunProgress bytes(long totalBytes, PrintStream out) {
        // Kilobytes for small inputs, so that the bar does not read 0/0 MB.
        boolean small = totalBytes < 10_000_000L;
        return new RunProgress(builder("Reading", Math.max(1, totalBytes), out)
                .setUnit(small ? " kB" : " MB", small ? 1_000 : 1_000_000).build(), true);
    }

    /** A bar over {@code total} articles. */
    static RunProgress articles(long total, PrintStream out) {
        return new RunProgress(builder("Coding", total, out).setUnit(" articles", 1).build(), false);
    }

    private static ProgressBarBuilder builder(String task, long max, PrintStream out) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .showSpeed(new DecimalFormat("0.00")).setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(500);
    }

    @Override
    public synchronized void fileStarted(Path file, long bytes) {
        if (bar != null && inBytes) {
            current = new ReadPosition(file);
            currentSize = bytes;
        }
    }

    @Override
    public synchronized void fileFinished(Path file, long bytes) {
        if (bar != null && inBytes) {
            bytesDone += bytes;
            current = null;
            bar.stepTo(bytesDone);
        }
    }

    /** One item of the run is done; {@code article} when it was an article (coded, copied or kept). */
    synchronized void done(boolean article) {
        if (bar == null) {
            return;
        }
        if (article) {
            articles++;
            if (!inBytes) {
                bar.step();
            }
        }
        long now = System.nanoTime();
        if (now - lastRefresh < REFRESH_NANOS) {
            return;
        }
        lastRefresh = now;
        if (inBytes) {
            long within = current == null ? 0 : Math.min(currentSize, Math.max(0, current.bytesRead()));
            bar.stepTo(bytesDone + within);
        }
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        bar.setExtraMessage(String.format(Locale.ROOT, " %d articles, %.1f articles/s", articles, articles / seconds));
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            bar.setExtraMessage(String.format(Locale.ROOT, " %d articles, %.1f articles/s", articles, articles / seconds));
            bar.close();
        }
    }
}
