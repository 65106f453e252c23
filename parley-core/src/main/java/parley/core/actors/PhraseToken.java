package parley.core.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One word of a description as the grammar reads it: "Germany's" is "Germany" and "'s",
 * "US-backed" is "US" and a joined "backed", "ex-president" a joined "ex" and "president".
 *
 * @param text   the word as written ("Gen.", "U.S.", "Germany")
 * @param folded lower case in the root locale, accents removed, a final full stop dropped
 *               ("gen", "u.s", "germany"); punctuation stays as it is
 * @param start  offset in the (normalised) text the word was read from
 * @param end    offset just past the word
 * @param joined whether a hyphen joins it to the word before ("backed" in "US-backed")
 */
record PhraseToken(String text, String folded, int start, int end, boolean joined) {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String PUNCTUATION = ",;:()[]{}\"\u201C\u201D\u00AB\u00BB!?";

    PhraseToken {
        if (text == null || text.isEmpty() || start < 0 || end < start) {
            throw new IllegalArgumentException("bad phrase token '" + text + "' at [" + start + ", " + end + ")");
        }
    }

    /** Whether this is a punctuation mark (a comma, a bracket, a quotation mark). */
    boolean punctuation() {
        return text.length() == 1 && PUNCTUATION.indexOf(text.charAt(0)) >= 0;
    }

    /** Whether this is the possessive "'s" or a lone "'" after a plural. */
    boolean possessive() {
        return text.equals("'s") || text.equals("'S") || text.equals("'");
    }

    /** Whether the word starts with an upper-case letter. */
    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the word is a number ("400", "2,665", "1.5"). */
    boolean number() {
        return Character.isDigit(text.charAt(0));
    }

    /**
     * The words of {@code text} (already normalised with {@link ActorMatcher#normalise}), with
     * offsets into it.
     */
    static List<PhraseToken> read(String text) {
        List<PhraseToken> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            if (PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new PhraseToken(String.valueOf(c), String.valueOf(c), i, i + 1, false));
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ' && PUNCTUATION.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            word(text, start, i, tokens);
        }
        return tokens;
    }

    /** Splits one run of letters into its possessive and its hyphenated parts. */
    private static void word(String text, int start, int end, List<PhraseToken> tokens) {
        // "Germany's." at the end of a sentence: the stop is not part of the possessive.
        if (end - start > 3 && text.charAt(end - 1) == '.' && (text.startsWith("'s", end - 3)
                || text.startsWith("s'", end - 3))) {
            end--;
        }
        String run = text.substring(start, end);
        String possessive = null;
        if (run.length() > 2 && (run.endsWith("'s") || run.endsWith("'S"))) {
            possessive = run.substring(run.length() - 2);
            end -= 2;
        } else if (run.length() > 2 && run.endsWith("s'")) {
            possessive = "'";
            end -= 1;
        } else if (run.startsWith("'") && run.length() == 1) {
            possessive = "'";
            end -= 1;
        }
        int partStart = start;
        boolean joined = false;
        for (int i = start; i <= end; i++) {
            boolean boundary = i == end || text.charAt(i) == '-' || text.charAt(i) == '\u2010'
                    || text.charAt(i) == '\u2013';
            if (!boundary) {
                continue;
            }
            if (i > partStart) {
                String part = text.substring(partStart, i);
                tokens.add(new PhraseToken(part, fold(part), partStart, i, joined));
            }
            joined = i < end;
            partStart = i + 1;
        }
        if (possessive != null) {
            tokens.add(new PhraseToken(possessive, possessive.toLowerCase(Locale.ROOT), end, end + possessive.length(), false));
        }
    }

    /** Lower case in the root locale, accents removed, a final full stop dropped. */
    static String fold(String word) {
        String decomposed = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        String lower = decomposed.toLowerCase(Locale.ROOT);
        while (lower.length() > 1 && lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}
