package parley.core.corroboration;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import parley.model.ActorRef;

/**
 * Actor codes as sets for comparing reports. {@code EU} and {@code EUR} count as the same code:
 * coders (and outlets) disagree on whether "European leaders" act as the Union, so two reports of
 * one act must not be kept apart by that choice.
 */
final class ActorCodes {
    private ActorCodes() {
    }

    /** The canonical codes of {@code actors}, sorted. */
    static Set<String> canonical(Collection<ActorRef> actors) {
        Set<String> codes = new TreeSet<>();
        for (ActorRef actor : actors) {
            codes.add(canonical(actor.code()));
        }
        return codes;
    }

    static String canonical(String code) {
        String trimmed = code.trim();
        return trimmed.equals("EUR") ? "EU" : trimmed;
    }
}
