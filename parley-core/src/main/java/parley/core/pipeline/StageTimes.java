package parley.core.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per pipeline stage, summed over articles: wall-clock nanoseconds, and the CPU time of
 * the thread that ran it (which other processes on the machine do not inflate); and counts of
 * what went through the stages (sentences, sentences parsed). Thread-safe.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
    private final Map<String, LongAdder> cpuNanos = new LinkedHashMap<>();
    private final Map<String, LongAdder> counts = new LinkedHashMap<>();

    /** A point in time on the calling thread, to {@link #add(String, Mark)} a stage from. */
    public record Mark(long wallNanos, long cpuNanos) {
    }

    /** Now, on the calling thread. */
    public static Mark mark() {
        return new Mark(System.nanoTime(), THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0);
    }

    /** Adds the time from {@code since} to now (on the same thread) to {@code stage}; returns now. */
    public Mark add(String stage, Mark since) {
        Mark now = mark();
        adder(nanos, stage).add(now.wallNanos() - since.wallNanos());
        adder(cpuNanos, stage).add(now.cpuNanos() - since.cpuNanos());
        return now;
    }

    /** Adds {@code n} to the count named {@code what}. */
    public void count(String what, long n) {
        adder(counts, what).add(n);
    }

    /** Seconds per stage, in the order stages were first seen. */
    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((stage, adder) -> seconds.put(stage, adder.sum() / 1e9));
        }
        return seconds;
    }

    /** CPU seconds per stage (of the threads that ran it), in the order stages were first seen. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        synchronized (cpuNanos) {
            cpuNanos.forEach((stage, adder) -> seconds.put(stage, adder.sum() / 1e9));
        }
        return seconds;
    }

    /** The counts, in the order they were first added to. */
    public Map<String, Long> counts() {
        Map<String, Long> sums = new LinkedHashMap<>();
        synchronized (counts) {
            counts.forEach((what, adder) -> sums.put(what, adder.sum()));
        }
        return sums;
    }

    private static LongAdder adder(Map<String, LongAdder> map, String name) {
        synchronized (map) {
            return map.computeIfAbsent(name, ignored -> new LongAdder());
        }
    }
}
