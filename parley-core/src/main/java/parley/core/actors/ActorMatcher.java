package parley.core.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds dictionary forms in a text with one Aho-Corasick automaton (org.ahocorasick).
 *
 * <p>The automaton runs case-insensitively and reports every hit, overlapping ones included. Three
 * rules are then applied by hand, because the library's options do not express them:
 * <ul>
 *   <li><b>case</b>: a form with an upper-case letter must appear exactly as written ("US" is not
 *       the pronoun "us", "Chad" is not "chad"); an all-lower-case form ("coalition of the
 *       willing") matches in any case. The library only knows "all or nothing".</li>
 *   <li><b>whole words</b>: the character before and after a hit must not be a letter or digit
 *       when the form starts or ends with one. The library's own check ignores digits ("M23"
 *       would match inside "M230").</li>
 *   <li><b>longest match</b>: among overlapping hits the longest wins, then the leftmost. The
 *       library's overlap removal runs before the case check, so a hit that fails the case rule
 *       could hide a valid shorter one.</li>
 * </ul>
 * Case folding is the library's own per-character {@link Character#toLowerCase(char)}, which
 * keeps offsets and ignores the default locale (no Turkish dotless i).
 */
final class ActorMatcher {
    /** A form as searched: the pattern, how much of it is an article, and its target. */
    private record Form(String pattern, int articleLength, boolean caseSensitive, ActorEntry entry,
                        MentionForm mention) {
    }

    private record Hit(int start, int end, Form form) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Hit> LONGEST_THEN_LEFTMOST =
            Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start);

    private final PayloadTrie<List<Form>> trie;

    ActorMatcher(Collection<SurfaceForms.Claim> claims) {
        Map<String, List<Form>> byFoldedPattern = new LinkedHashMap<>();
        for (SurfaceForms.Claim claim : claims) {
            for (Form form : forms(claim)) {
                byFoldedPattern.computeIfAbsent(fold(form.pattern()), key -> new ArrayList<>()).add(form);
            }
        }
        PayloadTrie.PayloadTrieBuilder<List<Form>> builder = PayloadTrie.<List<Form>>builder().ignoreCase();
        for (Map.Entry<String, List<Form>> entry : byFoldedPattern.entrySet()) {
            // Exact-case forms are tried before any-case ones sharing the same letters.
            List<Form> forms = new ArrayList<>(entry.getValue());
            forms.sort(Comparator.comparing(form -> !form.caseSensitive()));
            builder.addKeyword(entry.getKey(), List.copyOf(forms));
        }
        trie = builder.build();
    }

    /** All non-overlapping matches in {@code text}, in text order. */
    List<ActorMatch> find(String text) {
        List<ActorMatch> matches = new ArrayList<>();
        for (Hit hit : hits(text)) {
            Form form = hit.form();
            if (form.entry() != null) {
                int start = hit.start() + form.articleLength();
                matches.add(new ActorMatch(start, hit.end(), text.substring(start, hit.end()), form.entry(),
                        form.mention()));
            }
        }
        return List.copyOf(matches);
    }

    /**
     * The spans {@code [start, end)} of "not an actor" phrases in {@code text} ("Washington
     * state", "Indian National Congress"): the names they hide are not found, and the words are
     * no description either.
     */
    List<int[]> notActors(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Hit hit : hits(text)) {
            if (hit.form().entry() == null) {
                spans.add(new int[] {hit.start(), hit.end()});
            }
        }
        return spans;
    }

    /** The hits that survive the case, whole-word and longest-match rules, in text order. */
    private List<Hit> hits(String text) {
        String scanned = normalise(text);
        List<Hit> hits = new ArrayList<>();
        for (PayloadEmit<List<Form>> emit : trie.parseText(scanned)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            Form form = matchingCase(emit.getPayload(), scanned.substring(start, end));
            if (form != null && isWholeWord(scanned, start, end)) {
                hits.add(new Hit(start, end, form));
            }
        }
        hits.sort(LONGEST_THEN_LEFTMOST);
        BitSet taken = new BitSet(text.length());
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : hits) {
            if (taken.get(hit.start(), hit.end()).isEmpty()) {
                taken.set(hit.start(), hit.end());
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    private static Form matchingCase(List<Form> forms, String found) {
        for (Form form : forms) {
            if (!form.caseSensitive() || form.pattern().equals(found)) {
                return form;
            }
        }
        return null;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        boolean startsWithWordChar = isWordChar(text.charAt(start));
        boolean endsWithWordChar = isWordChar(text.charAt(end - 1));
        if (startsWithWordChar && start > 0 && isWordChar(text.charAt(start - 1))) {
            return false;
        }
        return !(endsWithWordChar && end < text.length() && isWordChar(text.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * The searched forms of one claim. A form written with a leading article ("the Guardian")
     * needs it in the text, capitalised or not, but the match reports only the name after it.
     */
    private static List<Form> forms(SurfaceForms.Claim claim) {
        String text = claim.text();
        if (text.startsWith("the ") || text.startsWith("The ")) {
            String name = text.substring(4);
            boolean caseSensitive = hasUpperCase(name);
            return List.of(new Form("the " + name, 4, caseSensitive, claim.entry(), claim.form()),
                    new Form("The " + name, 4, caseSensitive, claim.entry(), claim.form()));
        }
        return List.of(new Form(text, 0, hasUpperCase(text), claim.entry(), claim.form()));
    }

    private static boolean hasUpperCase(String text) {
        return text.chars().anyMatch(Character::isUpperCase);
    }

    /** The library's folding: per character, so offsets do not move and no locale applies. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Maps typographic variants to the forms written in the dictionary, one character for one so
     * that offsets stay those of the original text: curly apostrophes to ', any whitespace
     * (line breaks, no-break spaces) to a space, the no-break hyphen to '-'.
     */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
                chars[i] = '\'';
            } else if (c == '\u2011') {
                chars[i] = '-';
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
