package parley.core.corroboration;

import java.time.LocalDate;
import java.util.Set;

/**
 * A range of report keys a store looks up: keys of {@code bucket}, with any of {@code actorCodes},
 * of one of {@code kinds}, whose first day lies in [firstFrom, firstTo], whose last day is at least
 * {@code lastFrom}, and whose publication date lies in [publishedFrom, publishedTo]. A null bound
 * does not restrict; a bound that is set excludes keys whose value is null.
 */
public record ReportWindow(String bucket, Set<String> actorCodes, Set<ReportKey.Kind> kinds, LocalDate firstFrom,
                           LocalDate firstTo, LocalDate lastFrom, LocalDate publishedFrom, LocalDate publishedTo) {
    public ReportWindow {
        if (bucket == null || actorCodes == null || actorCodes.isEmpty() || kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a window needs a bucket, actor codes and kinds");
        }
        actorCodes = Set.copyOf(actorCodes);
        kinds = Set.copyOf(kinds);
    }
}
