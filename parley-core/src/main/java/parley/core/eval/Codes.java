package parley.core.eval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Actor codes as sets for matching. {@code EU} and {@code EUR} count as the same code (FORMAT.md,
 * Scoring): the codebook keeps them apart for coding, but coders disagree on whether "European
 * leaders" act as the Union, so matching must not punish either choice.
 */
final class Codes {
    private Codes() {
    }

    /** The canonical codes of {@code actors}, skipping actors without a code. */
    static <T> Set<String> of(Collection<T> actors, Function<T, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        for (T actor : actors) {
            String value = code.apply(actor);
            if (value != null && !value.isBlank()) {
                codes.add(canonical(value.trim()));
            }
        }
        return codes;
    }

    static String canonical(String code) {
        return code.equals("EUR") ? "EU" : code;
    }

    /** Number of codes the two sets share. */
    static int shared(Set<String> a, Set<String> b) {
        int count = 0;
        for (String code : a) {
            if (b.contains(code)) {
                count++;
            }
        }
        return count;
    }
}
