package parley.ingest.web.lang;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import parley.core.workspace.LanguagePolicy;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * The language policy: only articles in the accepted languages are coded; the others become skips
 * with reason {@code language}, whose detail names the detected language and the article id.
 *
 * <p>Which language counts: the detector's answer on the article's body text when it is sure,
 * because pages often declare the language of the site's template rather than of the article;
 * otherwise the declared {@link Article#lang()}. Every article accepted has its {@code lang} set.
 * An article whose language neither the detector nor the input can tell is refused too (detail
 * "language undetermined"): coding it as English would be a guess.
 *
 * <pre>{@code
 * LanguagePolicy english = AcceptedLanguages.english(new LanguageDetector());
 * english.check(frenchPage).refused(); // SkippedInput(origin, "language", "detected fr; article ... is not in en, ...")
 * }</pre>
 */
public final class AcceptedLanguages implements LanguagePolicy {
    private final LanguageDetector detector;
    private final Set<String> accepted;
    /** The accepted codes in a fixed order, for messages. */
    private final String acceptedText;

    /** Accepts articles in {@code accepted} (ISO 639-1 codes, any case). */
    public AcceptedLanguages(LanguageDetector detector, Set<String> accepted) {
        if (detector == null || accepted == null || accepted.isEmpty()) {
            throw new IllegalArgumentException("a detector and a non-empty set of accepted languages are required, got "
                    + detector + ", " + accepted);
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String code : accepted) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("accepted language codes must be non-blank, got " + accepted);
            }
            codes.add(code.strip().toLowerCase(Locale.ROOT));
        }
        this.detector = detector;
        this.accepted = Set.copyOf(codes);
        this.acceptedText = String.join("/", codes);
    }

    /** The policy of Parley's coder: English only. */
    public static AcceptedLanguages english(LanguageDetector detector) {
        return new AcceptedLanguages(detector, Set.of("en"));
    }

    @Override
    public Verdict check(Article article) {
        String detected = detector.detect(article.bodyText());
        String lang = detected != null ? detected : normalise(article.lang());
        String origin = article.origin() == null ? article.id() : article.origin();
        if (lang == null) {
            return new Verdict(null, new SkippedInput(origin, "language",
                    "language undetermined (text too short or mixed); article " + article.id()
                            + " is not coded, because treating it as " + acceptedText + " would be a guess"));
        }
        if (!accepted.contains(lang)) {
            return new Verdict(null, new SkippedInput(origin, "language", "detected " + lang + "; article "
                    + article.id() + " is not in " + acceptedText + ", so it is not coded"));
        }
        return new Verdict(lang.equals(article.lang()) ? article : new Article(article.id(), article.url(),
                article.source(), article.published(), article.title(), article.text(), lang, article.origin(),
                article.furniture()), null);
    }

    private static String normalise(String lang) {
        return lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
    }
}
