package parley.ingest.web.warc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.ingest.ReadSink;
import parley.model.SkippedInput;

/**
 * Counts the records of one WARC file that are not articles, by reason and kind, so a crawl of
 * a million records gives a handful of skips ("warc-non-response: 40210 records (request 20105,
 * metadata 20105)") instead of a million.
 */
final class SkipTally {
    private static final int MAX_KINDS = 8;
    private static final int MAX_EXAMPLES = 3;

    private static final class Entry {
        long count;
        final Map<String, Long> kinds = new LinkedHashMap<>();
        long otherKinds;
        final List<String> examples = new ArrayList<>();
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Counts one record under {@code reason}, of {@code kind}, with an optional example (a URI). */
    void add(String reason, String kind, String example) {
        Entry entry = entries.computeIfAbsent(reason, r -> new Entry());
        entry.count++;
        if (entry.kinds.containsKey(kind) || entry.kinds.size() < MAX_KINDS) {
            entry.kinds.merge(kind, 1L, Long::sum);
        } else {
            entry.otherKinds++;
        }
        if (example != null && entry.examples.size() < MAX_EXAMPLES) {
            entry.examples.add(example);
        }
    }

    /** Reports one skip per reason, with origin {@code origin} (the file). */
    void report(String origin, ReadSink sink) {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            StringBuilder detail = new StringBuilder();
            detail.append(entry.count).append(entry.count == 1 ? " record (" : " records (");
            boolean first = true;
            for (Map.Entry<String, Long> kind : entry.kinds.entrySet()) {
                detail.append(first ? "" : ", ").append(kind.getKey()).append(' ').append(kind.getValue());
                first = false;
            }
            if (entry.otherKinds > 0) {
                detail.append(", other ").append(entry.otherKinds);
            }
            detail.append(')');
            if (!entry.examples.isEmpty()) {
                detail.append("; e.g. ").append(String.join(", ", entry.examples));
            }
            sink.skipped(new SkippedInput(origin, e.getKey(), detail.toString()));
        }
    }
}
