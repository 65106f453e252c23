package parley.core.corroboration;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a store indexes of one stored event so that the events of a new article find the reports
 * they could merge with (blocking): the bucket (type and modality), the canonical actor codes, the
 * days the date covers and the publication date. Made by {@link IncrementalCorroborator#key}.
 *
 * @param bucket     type and modality: only reports of one bucket can merge
 * @param actorCodes canonical actor codes ({@code EUR} counts as {@code EU}), at least one
 * @param kind       how the event is dated
 * @param first      first day the date covers, null when undated
 * @param last       last day, null when undated
 * @param published  publication date of the event's article, or null
 */
public record ReportKey(String bucket, Set<String> actorCodes, Kind kind, LocalDate first, LocalDate last,
                        LocalDate published) {
    /** How a report is dated; the windows a new report asks for differ by kind. */
    public enum Kind {
        /** A calendar day. */
        DAY,
        /** A week, month or year. */
        COARSE,
        /** No date, or one that is not an ISO value. */
        UNDATED
    }

    public ReportKey {
        if (bucket == null || bucket.isBlank() || kind == null) {
            throw new IllegalArgumentException("a report key needs a bucket and a kind, got " + bucket + ", " + kind);
        }
        if (actorCodes == null || actorCodes.isEmpty()) {
            throw new IllegalArgumentException("a report key needs at least one actor code (bucket " + bucket + ")");
        }
        actorCodes = Set.copyOf(new TreeSet<>(actorCodes));
        if ((kind == Kind.UNDATED) != (first == null) || (first == null) != (last == null)) {
            throw new IllegalArgumentException("an undated key has no days and a dated one has both, got " + kind
                    + " " + first + ".." + last);
        }
    }
}
