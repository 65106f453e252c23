package parley.core.actors;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every written form of every entry (canonical name, aliases, adjectives) and every "not an
 * actor" phrase, each pointing at exactly one target.
 *
 * <p>The one rule that keeps matching predictable: a form names one actor. Two default entries
 * claiming the same form is a data error and fails loading, as do two user entries. A user's
 * form wins over a default one, so a user file can take "Congo" from COD, or block "Jordan" with
 * a {@code not_actors} phrase. Within one entry a NAME beats an ADJECTIVE of the same text.
 */
final class SurfaceForms {
    /**
     * One written form and what it points at.
     *
     * @param text  the form, whitespace collapsed, possibly with a leading article ("the Guardian")
     * @param entry the entry, or null for a "not an actor" phrase
     * @param form  NAME or ADJECTIVE; null for a "not an actor" phrase
     * @param user  whether it came from a user's file
     * @param where file, line and entry, for error messages
     */
    record Claim(String text, ActorEntry entry, MentionForm form, boolean user, String where) {
        boolean sameTarget(Claim other) {
            return entry == null ? other.entry == null : other.entry != null && entry.id().equals(other.entry.id());
        }
    }

    private final Map<String, Claim> claims = new LinkedHashMap<>();

    /** Adds the name, aliases and adjectives of {@code located}. */
    void addEntry(ActorFile.LocatedEntry located, boolean user) {
        ActorEntry entry = located.entry();
        add(new Claim(collapse(entry.name()), entry, MentionForm.NAME, user, located.where()));
        for (String alias : entry.aliases()) {
            add(new Claim(collapse(alias), entry, MentionForm.NAME, user, located.where()));
        }
        for (String adjective : entry.adjectives()) {
            add(new Claim(collapse(adjective), entry, MentionForm.ADJECTIVE, user, located.where()));
        }
    }

    /** Adds a phrase that names no actor and hides the shorter names inside it. */
    void addNotActor(String phrase, String source, boolean user) {
        add(new Claim(collapse(phrase), null, null, user, source + ": not_actors"));
    }

    /** The claims, in the order they were added. */
    Collection<Claim> claims() {
        return List.copyOf(claims.values());
    }

    private void add(Claim claim) {
        Claim existing = claims.get(claim.text());
        if (existing == null) {
            claims.put(claim.text(), claim);
        } else if (existing.sameTarget(claim)) {
            if (existing.form() == MentionForm.ADJECTIVE && claim.form() == MentionForm.NAME) {
                claims.put(claim.text(), claim);
            }
        } else if (existing.user() == claim.user()) {
            throw new IllegalArgumentException("'" + claim.text() + "' names two actors: " + describe(existing)
                    + " and " + describe(claim) + "; a name must point at one actor (see parley/actors/README.md)");
        } else if (claim.user()) {
            claims.put(claim.text(), claim);
        }
    }

    private static String describe(Claim claim) {
        return claim.entry() == null ? "a not_actors phrase (" + claim.where() + ")" : claim.where();
    }

    /** Trims and turns every run of whitespace into one space. */
    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
