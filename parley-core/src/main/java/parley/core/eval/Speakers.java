package parley.core.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
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
     * present and equal. A null speaker or code is never correct, since nothing was attributed.
     */
    public static boolean attributionCorrect(String goldSpeaker, String goldCode, String systemSpeaker,
                                             String systemCode) {
        if (goldCode == null || systemCode == null || !goldCode.trim().equals(systemCode.trim())) {
            return false;
        }
        String goldSurname = surname(goldSpeaker);
        return goldSurname != null && Objects.equals(goldSurname, surname(systemSpeaker));
    }
}
