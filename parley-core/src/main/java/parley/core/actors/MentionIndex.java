package parley.core.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a whole mention string ("the Kremlin's", "LAVROV", "Zelenskyy") to an entry: exact
 * spelling first, then case- and accent-insensitively, with and without a leading "the" and a
 * trailing possessive.
 */
final class MentionIndex {
    private final Map<String, ActorEntry> exact = new HashMap<>();
    private final Map<String, ActorEntry> folded = new HashMap<>();
    private final Map<String, String> writtenForms = new HashMap<>();
    private final Map<String, ActorEntry> byId;

    MentionIndex(Collection<SurfaceForms.Claim> claims, Map<String, ActorEntry> byId) {
        this.byId = Map.copyOf(byId);
        // User claims first: when two forms fold to the same key, the user's entry wins.
        List<SurfaceForms.Claim> ordered = new ArrayList<>();
        claims.stream().filter(SurfaceForms.Claim::user).forEach(ordered::add);
        claims.stream().filter(claim -> !claim.user()).forEach(ordered::add);
        for (SurfaceForms.Claim claim : ordered) {
            if (claim.entry() == null) {
                continue;
            }
            for (String key : variants(claim.text())) {
                exact.putIfAbsent(key, claim.entry());
                folded.putIfAbsent(fold(key), claim.entry());
                writtenForms.putIfAbsent(fold(key), key);
            }
        }
    }

    /**
     * How the dictionary writes a form, whatever its case: "German" for "GERMAN", "NATO" for
     * "Nato"; null when no name is written so.
     */
    String writtenForm(String form) {
        return exact.containsKey(form) ? form : writtenForms.get(fold(form));
    }

    Optional<ActorEntry> lookup(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        List<String> keys = variants(clean(mention));
        for (String key : keys) {
            ActorEntry entry = exact.get(key);
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        for (String key : keys) {
            ActorEntry entry = folded.get(fold(key));
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.ofNullable(byId.get(mention.strip()));
    }

    /** The mention as written, without its article, without its possessive, and without both. */
    private static List<String> variants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        String withoutArticle = withoutArticle(text);
        variants.add(withoutArticle);
        variants.add(withoutPossessive(text));
        variants.add(withoutPossessive(withoutArticle));
        variants.removeIf(String::isEmpty);
        return List.copyOf(variants);
    }

    private static String clean(String mention) {
        return SurfaceForms.collapse(ActorMatcher.normalise(mention));
    }

    private static String withoutArticle(String text) {
        return text.length() > 4 && text.regionMatches(true, 0, "the ", 0, 4) ? text.substring(4) : text;
    }

    private static String withoutPossessive(String text) {
        if (text.endsWith("'s") || text.endsWith("'S")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("s'") ? text.substring(0, text.length() - 1) : text;
    }

    /** Accents removed first, then lower case in the root locale ("İ" gives "i", not "i̇"). */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
