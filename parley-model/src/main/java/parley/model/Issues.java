package parley.model;

import java.util.List;
import java.util.Set;

/** The closed list of peace-process issues (CODEBOOK.md section 4), in codebook order. */
public final class Issues {
    public static final List<String> ALL = List.of(
            "ceasefire", "peace_talks", "peace_agreement", "territory", "prisoners",
            "security_guarantees", "sanctions", "military_aid", "humanitarian", "energy", "nuclear");
    private static final Set<String> KNOWN = Set.copyOf(ALL);

    private Issues() {
    }

    public static boolean isKnown(String issue) {
        return KNOWN.contains(issue);
    }

    /** Validates and returns a copy sorted in codebook order. */
    public static List<String> normalise(List<String> issues) {
        if (issues == null) {
            return List.of();
        }
        for (String issue : issues) {
            if (!isKnown(issue)) {
                throw new IllegalArgumentException("unknown issue '" + issue + "', expected one of " + ALL);
            }
        }
        return ALL.stream().filter(issues::contains).toList();
    }
}
