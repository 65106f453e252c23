package parley.core.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules that decide from one line alone that it is page furniture, wherever it stands: captions and
 * photo credits, navigation and prompts, pingbacks, and links to other articles that carry their
 * own timestamp or view counter. Rules that need the neighbouring lines live in
 * {@link PlainTextAnalyzer}.
 */
final class LineRules {
    static final String CAPTION = "caption";
    static final String NAVIGATION = "navigation";
    static final String RELATED = "related-headline";
    static final String PINGBACK = "pingback";

    private static final Pattern CREDIT_PREFIX = Pattern.compile(
            "^(photos?|images?|pictures?|pic|illustration|graphic|video|credit)s?(\\s+(credit|courtesy))?\\s*[:：].*"
                    + "|^(photo|image|picture|video) (by|courtesy|credit)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_WORDS = Pattern.compile(
            "image credit|photo credit|getty images|shutterstock|afp via getty|ap photo|/reuters|reuters/|/afp\\b"
                    + "|afp/|/ap\\b|\\bap/|/epa\\b|epa/|alamy|\\(photo:|\\(photo by|\\(image:", Pattern.CASE_INSENSITIVE);
    /** "... (Contributor/Getty Images)" at the end of a line. */
    private static final Pattern CREDIT_IN_PARENS = Pattern.compile(".*\\([^()]{2,60}/[^()]{2,60}\\)$");
    /** "... / bne IntelliNews" at the end of a line. */
    private static final Pattern CREDIT_AFTER_SLASH = Pattern.compile(".*\\S\\s+/\\s*[\\p{L}][\\p{L}.]*(\\s+[\\p{L}.]+){0,2}$");
    /** A line that is only "First Last/Agency". */
    private static final Pattern CREDIT_ONLY = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\s*/\\s*\\p{Lu}[\\p{L}.]+(\\s+\\p{Lu}[\\p{L}.]+){0,2}$");
    /** Who is where in a photo: "(left)", "(second from right)". */
    private static final Pattern POSITION = Pattern.compile(
            "\\((left|right|centre|center|middle|l|r|c|top|bottom|front|rear|back|(second|third) from (left|right)"
                    + "|from (left|right)|l-r|l to r|left to right)\\)", Pattern.CASE_INSENSITIVE);
    /** A link to another article ending in its own timestamp: "...Rubio20.05.25, 21:16". */
    private static final Pattern TRAILING_TIMESTAMP = Pattern.compile(
            ".*\\p{L}.*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4},?\\s*\\d{1,2}:\\d{2}(\\s*[•·|-]?\\s*[\\d\\s.,]+\\s*views?)?$",
            Pattern.CASE_INSENSITIVE);
    /** A link to another article ending in its view counter: "... • 13650 views". */
    private static final Pattern TRAILING_VIEWS = Pattern.compile(".*\\p{L}.*\\d[\\d\\s.,]*\\s*(views?|reads?)$",
            Pattern.CASE_INSENSITIVE);
    /** A bare counter: "- 12,898", "580 views". */
    private static final Pattern COUNTER = Pattern.compile("^[-–•·]?\\s*\\d[\\d\\s.,]*[kKmM]?(\\s*(views?|reads?|shares?|comments?))?$");
    private static final Pattern HASHTAGS = Pattern.compile("^#[\\p{L}\\p{N}_]+(\\s+#[\\p{L}\\p{N}_]+)*$");
    private static final Pattern PINGBACK_LINE = Pattern.compile("^(\\d+\\.\\s*)?(pingback|trackback)\\s*:.*", Pattern.CASE_INSENSITIVE);

    private LineRules() {
    }

    /** The furniture reason of {@code clean} judged alone, or null when it may be body. */
    static String classify(String clean) {
        if (clean.isEmpty()) {
            return null;
        }
        int words = LineShape.wordCount(clean);
        if (PINGBACK_LINE.matcher(clean).matches()) {
            return PINGBACK;
        }
        if (caption(clean, words)) {
            return CAPTION;
        }
        if (navigation(clean)) {
            return NAVIGATION;
        }
        if (words <= 40 && !PlainTextAnalyzer.dateLine(clean) && (TRAILING_TIMESTAMP.matcher(clean).matches() || TRAILING_VIEWS.matcher(clean).matches())) {
            return RELATED;
        }
        String lower = LineShape.key(clean);
        if (words <= 25 && FurniturePhrases.startsWithAny(lower, FurniturePhrases.RELATED_PREFIXES)
                && !FurniturePhrases.RELATED_MARKERS.contains(lower)) {
            return RELATED;
        }
        return null;
    }

    static boolean caption(String clean, int words) {
        if (words > 60) {
            return false;
        }
        return CREDIT_PREFIX.matcher(clean).matches()
                || CREDIT_ONLY.matcher(clean).matches()
                || CREDIT_IN_PARENS.matcher(clean).matches()
                || (words <= 40 && CREDIT_WORDS.matcher(clean).find())
                || (CREDIT_AFTER_SLASH.matcher(clean).matches() && !clean.endsWith(" / ") && words >= 3)
                || POSITION.matcher(clean).find();
    }

    static boolean navigation(String clean) {
        String key = LineShape.key(clean);
        String lower = clean.toLowerCase(Locale.ROOT);
        return FurniturePhrases.NAVIGATION.contains(key)
                || FurniturePhrases.startsWithAny(key, FurniturePhrases.NAVIGATION_PREFIXES)
                || FurniturePhrases.startsWithAny(lower, FurniturePhrases.NAVIGATION_PREFIXES)
                || LineShape.symbolsOnly(clean)
                || (COUNTER.matcher(clean).matches() && !PlainTextAnalyzer.dateLine(clean))
                || HASHTAGS.matcher(clean).matches();
    }
}
