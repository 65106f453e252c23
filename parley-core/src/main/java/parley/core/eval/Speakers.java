package parley.core.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Quote attribution (FORMAT.md, Scoring: "speaker_code is equal and the speaker names agree on the
 * surname").
 */
public final class Speakers {
    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private Speakers() {
    }

    /**
     * The surname of a speaker name: the last word after removing punctuation, lower-cased, with
     * accents removed so that {@code Prévot} and {@code Prevot} agree. A one-word name
     * ({@code Kremlin}) is its own surname. Null when the name is null or has no word.
     */
    public static String surname(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String[] words = SPACE.split(PUNCTUATION.matcher(plain).replaceAll("").trim());
        String last = words[words.length - 1];
        return last.isEmpty() ? null : last.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a system quote's attribution is correct against the gold: both speaker codes present
     * and equal (exactly; the EU/EUR equivalence is a rule for event actors only) and both surnames
     * present and agreeing: equal, or one edit apart when both have five letters or more, so that
     * transliterations (Zelensky / Zelenskyy, Erdogan / Erdoğan after accents) agree. A null speaker
     * or code is never correct, since nothing was attributed.
     */
    public static boolean attributionCorrect(String goldSpeaker, String goldCode, String systemSpeaker,
                                             String systemCode) {
        if (goldCode == null || systemCode == null || !goldCode.trim().equals(systemCode.trim())) {
            return false;
        }
        String goldSurname = surname(goldSpeaker);
        String systemSurname = surname(systemSpeaker);
        if (goldSurname == null || systemSurname == null) {
            return false;
        }
        return goldSurname.equals(systemSurname)
                || goldSurname.length() >= 5 && systemSurname.length() >= 5 && oneEditApart(goldSurname, systemSurname);
    }

    /** Whether one insertion, deletion or substitution turns {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // the rest after the first difference must match, skipping one character of the longer
        // (insertion) or one of each (substitution)
        return shorter.substring(i).equals(longer.substring(i + 1))
                || shorter.length() == longer.length() && shorter.substring(Math.min(i + 1, shorter.length()))
                .equals(longer.substring(Math.min(i + 1, longer.length())));
    }
}
