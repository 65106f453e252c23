package parley.ingest.web.lang;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.ReadSink;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * A {@link ReadSink} in front of another that lets only articles in the accepted languages
 * through; the others become skips with reason {@code language}, whose detail names the detected
 * language and the article id (so the article can still be found and stored, but is never coded
 * as English).
 *
 * <pre>{@code
 * ReadSink english = LanguageFilter.englishOnly(new LanguageDetector(), sink);
 * Inputs.read(paths, readers, english);
 * // a French page: SkippedInput(origin, "language", "detected fr; article a1b2c3 is not in en, so it is not coded")
 * }</pre>
 *
 * <p>Which language counts: the detector's answer on the article's body text when it is sure,
 * because pages often declare the language of the site's template rather than of the article;
 * otherwise the declared {@link Article#lang()}. Every article passed on has its {@code lang} set.
 * An article whose language neither the detector nor the input can tell is skipped too (detail
 * "language undetermined"): coding it as English would be a guess.
 */
public final class LanguageFilter implements ReadSink {
    private final LanguageDetector detector;
    private final Set<String> accepted;
    /** The accepted codes in a fixed order, for messages. */
    private final String acceptedText;
    private final ReadSink next;

    /** Passes articles in {@code accepted} (ISO 639-1 codes) on to {@code next}. */
    public LanguageFilter(LanguageDetector detector, Set<String> accepted, ReadSink next) {
        if (next == null) {
            throw new IllegalArgumentException("next sink must not be null");
        }
        TreeSet<String> codes = codes(detector, accepted);
        this.detector = detector;
        this.accepted = Set.copyOf(codes);
        this.acceptedText = String.join("/", codes);
        this.next = next;
    }

    /** A filter that passes English articles only. */
    public static LanguageFilter englishOnly(LanguageDetector detector, ReadSink next) {
        return new LanguageFilter(detector, Set.of("en"), next);
    }

    /** {@code reader}, with every sink it is given wrapped in a filter for {@code accepted}. */
    public static ArticleReader filtering(ArticleReader reader, LanguageDetector detector, Set<String> accepted) {
        if (reader == null) {
            throw new IllegalArgumentException("reader must not be null");
        }
        codes(detector, accepted); // bad arguments fail now, not on the first file
        return new ArticleReader() {
            @Override
            public boolean canRead(Path path) {
                return reader.canRead(path);
            }

            @Override
            public void read(Path path, ReadSink sink) {
                reader.read(path, new LanguageFilter(detector, accepted, sink));
            }
        };
    }

    @Override
    public void article(Article article) {
        String detected = detector.detect(article.bodyText());
        String lang = detected != null ? detected : normalise(article.lang());
        if (lang == null) {
            next.skipped(new SkippedInput(article.origin() == null ? article.id() : article.origin(), "language",
                    "language undetermined (text too short or mixed); article " + article.id()
                            + " is not coded, because treating it as " + acceptedText + " would be a guess"));
            return;
        }
        if (!accepted.contains(lang)) {
            next.skipped(new SkippedInput(article.origin() == null ? article.id() : article.origin(), "language",
                    "detected " + lang + "; article " + article.id() + " is not in " + acceptedText
                            + ", so it is not coded"));
            return;
        }
        next.article(lang.equals(article.lang()) ? article : new Article(article.id(), article.url(), article.source(),
                article.published(), article.title(), article.text(), lang, article.origin(), article.furniture()));
    }

    @Override
    public void skipped(SkippedInput skipped) {
        next.skipped(skipped);
    }

    private static TreeSet<String> codes(LanguageDetector detector, Set<String> accepted) {
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
        return codes;
    }

    private static String normalise(String lang) {
        return lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT);
    }
}
