package parley.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shape predicates on a cleaned line: how many words, whether it ends like a sentence, whether it
 * is written in title case. Page furniture is recognised by shape (short, no final punctuation,
 * capitalised) rather than by the wording of any particular site.
 */
final class LineShape {
    /** Words left in lower case by English title case; they do not count against it. */
    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "as", "vs", "via", "into", "onto", "over", "per", "up", "off", "out", "than");

    private LineShape() {
    }

    /**
     * Trims the line and turns every invisible or exotic space (no-break space, zero-width
     * characters, bidirectional marks, BOM) into ordinary spaces, collapsing runs, so that the
     * shape rules see what a reader sees.
     */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpaceLike(c)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** White space, Unicode space separators, and invisible format characters (ZWJ, RLM, BOM). */
    static boolean isSpaceLike(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.isISOControl(c);
    }

    /** Words: runs separated by spaces that contain at least one letter or digit. */
    static List<String> words(String clean) {
        List<String> words = new ArrayList<>();
        for (String token : clean.split(" ")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        return words;
    }

    static int wordCount(String clean) {
        return words(clean).size();
    }

    /** The line without closing quotes and brackets at its end. */
    private static String withoutClosers(String clean) {
        int end = clean.length();
        while (end > 0 && "\"'”’»)]*".indexOf(clean.charAt(end - 1)) >= 0) {
            end--;
        }
        return clean.substring(0, end);
    }

    /** True when the line ends as a sentence does: {@code . ! ? …}, possibly inside quotes. */
    static boolean endsSentence(String clean) {
        String core = withoutClosers(clean);
        if (core.isEmpty()) {
            return false;
        }
        char last = core.charAt(core.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    /** True when the line ends with nothing a sentence could stop on (word or digit). */
    static boolean endsOpen(String clean) {
        String core = withoutClosers(clean);
        return !core.isEmpty() && Character.isLetterOrDigit(core.charAt(core.length() - 1))
                && core.length() == clean.length();
    }

    /** True when the last word is one that cannot end a sentence or headline ("at the"). */
    static boolean endsWithMinorWord(String clean) {
        List<String> words = words(clean);
        return !words.isEmpty() && MINOR_WORDS.contains(key(words.get(words.size() - 1)));
    }

    /** True when the first letter of the line is lower case (a continuation of a broken sentence). */
    static boolean startsLowerCase(String clean) {
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when most words that title case would capitalise are capitalised ("Russia Rejects U.S.
     * Ceasefire Proposal"), and there are at least two such words.
     */
    static boolean titleCase(String clean) {
        return capitalisedShare(clean, 3, 4);
    }

    /** Every word but the minor ones capitalised: "The Kremlin Wants an Alternative Ceasefire Agreement." */
    static boolean fullTitleCase(String clean) {
        return capitalisedShare(clean, 1, 1);
    }

    /** Whether at least {@code numerator/denominator} of the words that count are capitalised (two at least). */
    private static boolean capitalisedShare(String clean, int numerator, int denominator) {
        int counted = 0;
        int capitalised = 0;
        for (String word : words(clean)) {
            String letters = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (letters.isEmpty() || MINOR_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            char first = letters.charAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                capitalised++;
            }
        }
        return counted >= 2 && capitalised * denominator >= counted * numerator;
    }

    /** True when every letter is upper case ("TRENDING NOW", "AMN/ WEB DESK"). */
    static boolean allCaps(String clean) {
        boolean anyLetter = false;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return anyLetter;
    }

    /** True when the line has no letter or digit at all ("|", "***", "—"). */
    static boolean symbolsOnly(String clean) {
        return !clean.isEmpty() && clean.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A bullet item: starts with a dash, bullet or asterisk followed by a space. */
    static boolean bullet(String clean) {
        return clean.length() > 2 && "-–—•·*▪►".indexOf(clean.charAt(0)) >= 0 && clean.charAt(1) == ' ';
    }

    /**
     * Prose: a line that reads as body text. It ends like a sentence and is long enough not to be
     * a heading (or is very long whatever its ending), and is not a title-case heading.
     */
    static boolean prose(String clean) {
        int words = wordCount(clean);
        if (words >= 30) {
            return true;
        }
        return endsSentence(clean) && words >= 8 && !titleCase(clean);
    }

    /** Lower-cased, with punctuation at both ends removed, for comparing with phrase lists. */
    static String key(String clean) {
        return clean.toLowerCase(Locale.ROOT)
                .replaceAll("^[^\\p{L}\\p{N}]+", "")
                .replaceAll("[^\\p{L}\\p{N}]+$", "")
                .replaceAll("\\s+", " ");
    }
}
