package parley.core.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Quote texts for matching (FORMAT.md, Scoring: "overlap by at least half of the shorter one,
 * after normalising quotation marks and white space").
 */
public final class QuoteText {
    /**
     * Straight, curly, low-9, angle and corner quotation marks. Apostrophes are the same characters
     * as single quotes, so they go too; that is harmless because both sides lose them alike, and
     * it makes {@code don't} and {@code don’t} equal.
     */
    private static final Pattern MARKS = Pattern.compile("[\"'`\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D"
            + "\u201E\u201F\u2032\u2033\u2039\u203A\u300C\u300D\u300E\u300F\uFF02]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private QuoteText() {
    }

    /**
     * Removes quotation marks, collapses white space (Unicode spaces included) to one space, trims,
     * and lower-cases. Case is ignored because quotes are re-cased in headlines and at sentence
     * starts ("We will..." quoted mid-sentence as "we will...") without being other words.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String unmarked = MARKS.matcher(text).replaceAll("");
        return SPACE.matcher(unmarked).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Length of the longest common substring of two texts: the "overlap" of two quotes. A
     * contiguous stretch is what two renderings of the same quote share when one is cut short or
     * runs on at either end; a common subsequence would instead reward any two sentences for
     * their scattered common letters. Dynamic programming over characters, O(n*m) time and O(m)
     * memory, which is fine at quote sizes.
     */
    public static int overlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                current[j] = c == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] > best) {
                    best = current[j];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }

    /**
     * Whether two normalised texts match: their overlap is at least half the length of the
     * shorter one ({@code 2 * overlap >= shorter}, exact in integers). Empty texts never match.
     */
    public static boolean matches(String normalisedA, String normalisedB) {
        return enough(overlap(normalisedA, normalisedB), Math.min(normalisedA.length(), normalisedB.length()));
    }

    /** The threshold itself: an overlap of at least half the shorter length, which must be positive. */
    static boolean enough(int overlap, int shorter) {
        return shorter > 0 && 2L * overlap >= shorter;
    }
}
