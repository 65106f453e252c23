package parley.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock nanoseconds spent per pipeline stage, summed over articles (thread-safe). */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new LinkedHashMap<>();

    public void add(String stage, long elapsedNanos) {
        LongAdder adder;
        synchronized (nanos) {
            adder = nanos.computeIfAbsent(stage, ignored -> new LongAdder());
        }
        adder.add(elapsedNanos);
    }

    /** Seconds per stage, in the order stages were first seen. */
    public Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((stage, adder) -> seconds.put(stage, adder.sum() / 1e9));
        }
        return seconds;
    }
}
