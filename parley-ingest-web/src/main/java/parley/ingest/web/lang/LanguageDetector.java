package parley.ingest.web.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects the language of a text with Lingua (trigram models unless asked for high accuracy),
 * choosing only among {@link #NEWS_LANGUAGES} by
 * default: every language added costs memory (its n-gram models) and adds chances of confusion, and
 * the news stream this project reads is in these.
 *
 * <pre>{@code
 * LanguageDetector detector = new LanguageDetector();
 * detector.detect("Negotiators met in Istanbul on Friday for a second round of talks."); // "en"
 * detector.detect("Les négociateurs se sont réunis vendredi à Istanbul.");               // "fr"
 * detector.detect("OK");                                                               // null: unsure
 * }</pre>
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are looked at: more text does not change the
 * answer for an article, only the time. Lingua's models load on first use; one detector should be
 * shared (it is thread-safe).
 */
public final class LanguageDetector {
    /** English, Russian, Ukrainian, French, German, Spanish, Arabic, Hebrew, Turkish, Chinese, Persian, Italian. */
    public static final Set<String> NEWS_LANGUAGES = Set.of("en", "ru", "uk", "fr", "de", "es", "ar", "he", "tr",
            "zh", "fa", "it");
    /** How many characters of a text are looked at. */
    public static final int SAMPLE_CHARS = 2000;
    /** Texts with fewer letters than this get no answer: too short to tell. */
    public static final int MIN_LETTERS = 12;
    /**
     * Lingua's minimum relative distance between the best and second-best language: below it the
     * detector says it is unsure. 0.1 leaves every news paragraph decided and short ambiguous
     * phrases undecided.
     */
    public static final double MIN_DISTANCE = 0.1;
    /** Measured heap of the twelve news languages' models in low-accuracy mode, in MB. */
    public static final int LOW_ACCURACY_MB = 20;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final Set<String> languages;

    /** A detector choosing among {@link #NEWS_LANGUAGES}, in low-accuracy (trigram) mode. */
    public LanguageDetector() {
        this(NEWS_LANGUAGES, false);
    }

    /**
     * A detector choosing among the given ISO 639-1 codes (at least two).
     *
     * @param highAccuracy use all of Lingua's n-gram models (1 to 5): better on texts of a few words,
     *                     but about 300 MB of heap for the twelve news languages instead of about
     *                     {@value #LOW_ACCURACY_MB} MB; on article-length text both modes agree
     */
    public LanguageDetector(Set<String> isoCodes, boolean highAccuracy) {
        if (isoCodes == null || isoCodes.size() < 2) {
            throw new IllegalArgumentException("at least two languages are needed to choose among, got " + isoCodes);
        }
        List<Language> chosen = new ArrayList<>();
        for (String code : isoCodes) {
            chosen.add(language(code));
        }
        this.languages = Set.copyOf(new TreeSet<>(isoCodes));
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(chosen.toArray(new Language[0]))
                .withMinimumRelativeDistance(MIN_DISTANCE);
        this.lingua = (highAccuracy ? builder : builder.withLowAccuracyMode()).build();
    }

    /** The ISO 639-1 codes this detector chooses among. */
    public Set<String> languages() {
        return languages;
    }

    /** The ISO 639-1 code of {@code text}'s language, or null when unsure or the text is too short. */
    public String detect(String text) {
        if (text == null) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return null;
        }
        Language found = lingua.detectLanguageOf(sample);
        if (found == Language.UNKNOWN) {
            return null;
        }
        return found.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static Language language(String code) {
        if (code == null) {
            throw new IllegalArgumentException("language code must not be null");
        }
        for (Language language : EnumSet.allOf(Language.class)) {
            if (language != Language.UNKNOWN
                    && language.getIsoCode639_1().name().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("not an ISO 639-1 code Lingua knows: '" + code + "'");
    }
}
