package parley.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.model.Span;

/**
 * Finds the title, the publication date and the page furniture of an article given as plain text
 * (text copied from a web page: navigation, headline, byline and date first, then the body with
 * captions, section headings and links to other articles, then bios, comments and link lists).
 * The text is never changed: furniture is returned as spans into it.
 *
 * <p>The rules look at the shape of lines, not at the words of any one site: the page header is
 * every line before the first line of prose; in it, the first headline-shaped line is the title
 * and lines that are mostly a date give the publication date. In the body, short lines without
 * final punctuation are section headings unless they continue a sentence broken by a link. Body
 * paragraphs are never marked: a line of prose is furniture only when a caption, credit, pingback
 * or trailing timestamp says so.
 *
 * <pre>{@code
 * TextAnalysis found = new PlainTextAnalyzer().analyze(
 *         "26 May 2025\n\nRussia Rejects Ceasefire Initiative\n\nOn May 16, negotiators met in Istanbul.\n");
 * found.title();      // "Russia Rejects Ceasefire Initiative"
 * found.published();  // 2025-05-26
 * found.furniture();  // [date-line 0..11, headline 13..48]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTextAnalyzer {
    static final String DATE_LINE = "date-line";
    static final String HEADLINE = "headline";
    static final String BYLINE = "byline";
    static final String SUBHEADING = "subheading";
    static final String SUMMARY = "summary";
    static final String BIO = "bio";
    static final String COMMENTS = "comments";
    /** The wire-style place and date before a story's first words: "KYIV, May 16 (Reuters) - ". */
    static final String DATELINE = "dateline";

    /** The header is searched for a headline and a date within this many non-blank lines. */
    private static final int HEADER_LINES = 12;
    /** "date 2025-05-22" (or "Date: 2025-05-22") at the very start of the text. */
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*date\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?|\\(?utc\\s*[+-]?\\s*\\d{0,2}(:\\d{2})?\\)?|\\(?gmt\\s*[+-]\\s*\\d{1,2}\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_START = Pattern.compile(
            "^(by|written by|words by|reporting by|author:)\\s+\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
    private static final String AGENCY =
            "\\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|Anadolu|IANS|PTI|ANI|TASS|RIA Novosti|Ukrinform|[A-Z]{2,6})\\)";
    /**
     * A dateline opening a body paragraph: a place in capitals ("DOHA", "NEW YORK", "KYIV,
     * Ukraine"), or any place followed by an agency in brackets ("Kyiv (Reuters)"), an optional
     * date, then a dash; a place and a colon ("Kiev:", "The Hague:"); a place, date and agency
     * without a dash; or an agency alone ("(Bloomberg) --"). The parser reads "DOHA, June 25 —
     * Iran's minister denied ..." as a sentence about Doha; blanked, the sentence parses as written.
     */
    private static final Pattern DATELINE_PREFIX = Pattern.compile(
            "^(?:(?:\\p{Lu}[\\p{Lu}'’./-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}'’./-]+){0,3}"
                    + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}?[\\p{L}.]+){0,2}(?:\\s+\\d{1,2})?)?"
                    + "(?:\\s*\\([\\p{L} .]{2,30}\\))?"
                    + "|\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\d{1,2})?)?"
                    + "\\s*" + AGENCY + ")"
                    + "\\s*[—–-]{1,2}\\s+"
                    // "Kiev: Russia and ...", "The Hague: President ...", "CAIRO : Israel will ...": a place and a colon
                    + "|(?:The\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}\\s*:\\s+"
                    // "Kuala Lumpur, July 28 (IANS) Cambodia ...": place, date and agency with no dash
                    + "|\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2},\\s*\\p{Lu}[\\p{L}.]+\\s+\\d{1,2}\\s*"
                    + AGENCY + "\\s+"
                    // "(Bloomberg) -- West Africa's ...", "(Newser) – China ...": an agency alone
                    + "|\\([\\p{L} ]{2,20}\\)\\s*[—–-]{1,2}\\s+)"
                    + "(?=\\p{Lu}|[\"“‘'])");
    private static final Pattern SOURCE_SEPARATOR = Pattern.compile(".*\\S\\s*[•·|]\\s*\\S.*");

    /** Analyses {@code text}; never throws for any non-null text. */
    public TextAnalysis analyze(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new Pass(text).run();
    }

    /** True when the line is mostly a date: what is left besides date, time and filler is tiny. */
    static boolean dateLine(String clean) {
        Optional<DateFinder.Found> found = DateFinder.first(clean);
        if (found.isEmpty()) {
            return false;
        }
        String key = LineShape.key(clean);
        if (FurniturePhrases.startsWithAny(key, FurniturePhrases.DATE_PREFIXES) && LineShape.wordCount(clean) <= 15) {
            return true;
        }
        String rest = clean.substring(0, found.get().start()) + " " + clean.substring(found.get().end());
        rest = TIME.matcher(rest).replaceAll(" ");
        int leftover = 0;
        for (String word : LineShape.words(rest)) {
            String bare = LineShape.key(word);
            if (!bare.isEmpty() && !bare.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')
                    && !FurniturePhrases.DATE_FILLER.contains(bare)) {
                leftover++;
            }
        }
        return leftover <= 2;
    }

    /** One analysis of one text: the per-line verdicts being built. */
    private static final class Pass {
        private final String text;
        private final List<TextLine> lines;
        private final String[] reasons;
        private final List<Span> partial = new ArrayList<>();
        private String title;
        private LocalDate published;
        private LocalDate captionDate;
        private int headlineLine = -1;

        Pass(String text) {
            this.text = text;
            this.lines = TextLine.split(text);
            this.reasons = new String[lines.size()];
        }

        TextAnalysis run() {
            int first = nextNonBlank(0);
            if (first < 0) {
                return new TextAnalysis(null, null, List.of());
            }
            boolean firstLineDone = datePrefix(lines.get(first));
            for (TextLine line : lines) {
                if (reasons[line.index()] == null && !(firstLineDone && line.index() == first)) {
                    reasons[line.index()] = LineRules.classify(line.clean());
                }
            }
            captionTitles();
            int headerEnd = headerEnd(firstLineDone ? first + 1 : first);
            header(firstLineDone ? first + 1 : first, headerEnd);
            if (published == null) {
                published = captionDate;
            }
            body(headerEnd);
            if (title != null) {
                for (TextLine line : lines) {
                    if (reasons[line.index()] == null && line.clean().equals(title)) {
                        reasons[line.index()] = HEADLINE;
                    }
                }
            }
            return new TextAnalysis(title, published, spans());
        }

        /**
         * The "date 2025-05-22" form: the date, then on the same line either more date, a headline,
         * a desk credit, or the first sentence of the body (which must stay body).
         */
        private boolean datePrefix(TextLine line) {
            String raw = text.substring(line.start(), line.end());
            Matcher matcher = DATE_PREFIX.matcher(raw);
            if (!matcher.find()) {
                return false;
            }
            Optional<DateFinder.Found> date = DateFinder.first(matcher.group(1));
            if (date.isEmpty()) {
                return false;
            }
            published = date.get().date();
            int restStart = line.start() + matcher.end();
            String rest = LineShape.clean(text.substring(restStart, line.end()));
            int contentStart = line.contentStart(text);
            int contentEnd = line.contentEnd(text);
            if (rest.isEmpty() || dateLine(rest)) {
                partial.add(new Span(contentStart, contentEnd, DATE_LINE));
                return true;
            }
            partial.add(new Span(contentStart, restStart, DATE_LINE));
            int restContent = restStart;
            while (restContent < contentEnd && LineShape.isSpaceLike(text.charAt(restContent))) {
                restContent++;
            }
            if (LineShape.allCaps(rest) && LineShape.wordCount(rest) <= 4) {
                partial.add(new Span(restContent, contentEnd, BYLINE));
            } else if (headlineShape(rest) && !LineShape.prose(rest)) {
                partial.add(new Span(restContent, contentEnd, HEADLINE));
                title = rest;
                headlineLine = line.index();
            }
            return true;
        }

        /** A short line that repeats the start of the caption below it is the caption's title. */
        private void captionTitles() {
            for (TextLine line : lines) {
                int next = nextNonBlank(line.index() + 1);
                if (reasons[line.index()] == null && !line.blank() && next >= 0
                        && LineRules.CAPTION.equals(reasons[next])
                        && LineShape.wordCount(line.clean()) <= 12
                        && lines.get(next).clean().startsWith(line.clean())) {
                    reasons[line.index()] = LineRules.CAPTION;
                }
            }
        }

        /** Index of the first line of prose that no rule has marked, or the header limit. */
        private int headerEnd(int from) {
            int nonBlank = 0;
            for (int i = from; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (line.blank()) {
                    continue;
                }
                if (++nonBlank > HEADER_LINES) {
                    return i;
                }
                // A bullet summary under the headline is still header, however sentence-like.
                if (reasons[i] == null && LineShape.prose(line.clean()) && !LineShape.bullet(line.clean())) {
                    return i;
                }
            }
            return lines.size();
        }

        private void header(int from, int to) {
            for (int i = from; i < to; i++) {
                TextLine line = lines.get(i);
                String clean = line.clean();
                if (line.blank()) {
                    continue;
                }
                if (reasons[i] == null && dateLine(clean)) {
                    reasons[i] = DATE_LINE;
                    takeDate(clean);
                } else if (reasons[i] == null && BYLINE_START.matcher(clean).matches()
                        && LineShape.wordCount(clean) <= 20 && !LineShape.endsSentence(clean)) {
                    reasons[i] = BYLINE;
                    takeDate(clean);
                } else if (reasons[i] == null && shortSource(clean)) {
                    reasons[i] = BYLINE;
                } else if (reasons[i] == null && LineShape.bullet(clean)) {
                    reasons[i] = SUMMARY;
                } else if (LineRules.CAPTION.equals(reasons[i]) && captionDate == null) {
                    captionDate = DateFinder.first(clean).map(DateFinder.Found::date).orElse(null);
                }
            }
            if (headlineLine < 0) {
                chooseHeadline(from, to);
            }
            for (int i = from; i < to; i++) {
                TextLine line = lines.get(i);
                if (line.blank() || reasons[i] != null) {
                    continue;
                }
                String clean = line.clean();
                if (headlineLine >= 0 && i < headlineLine) {
                    // Before the headline a page shows only its own chrome: menus, kickers, links.
                    reasons[i] = LineRules.NAVIGATION;
                } else if (continuesSentence(i)) {
                    continue;
                } else if (headlineLine >= 0 && NAME.matcher(clean).matches() && !LineShape.prose(clean)) {
                    reasons[i] = BYLINE;
                } else if (headlineLine >= 0 && (headlineShape(clean)
                        || LineShape.titleCase(clean) && (!LineShape.endsSentence(clean) || LineShape.fullTitleCase(clean)))
                        && !LineShape.prose(clean)) {
                    // a lead full of names ("U.S. President Donald Trump spoke with Russian President
                    // Vladimir Putin on May 19.") is mostly title case, but ends as a sentence
                    reasons[i] = HEADLINE;
                } else if (headlineLine >= 0 && subheading(i)) {
                    reasons[i] = SUBHEADING;
                }
            }
            // Captions a few lines further down still date the page when its header has no date.
            for (int i = to, seen = 0; i < lines.size() && seen < HEADER_LINES && captionDate == null; i++) {
                if (!lines.get(i).blank()) {
                    seen++;
                    if (LineRules.CAPTION.equals(reasons[i])) {
                        captionDate = DateFinder.first(lines.get(i).clean()).map(DateFinder.Found::date).orElse(null);
                    }
                }
            }
        }

        private void takeDate(String clean) {
            if (published == null) {
                published = DateFinder.first(clean).map(DateFinder.Found::date).orElse(null);
            }
        }

        /** "Kyiv • UNN", "AMN/ WEB DESK": a place or desk and an outlet, not a sentence. */
        private static boolean shortSource(String clean) {
            int words = LineShape.wordCount(clean);
            return words <= 5 && !LineShape.endsSentence(clean)
                    && (SOURCE_SEPARATOR.matcher(clean).matches() || (LineShape.allCaps(clean) && words <= 4));
        }

        /** The first title-case headline-shaped line, or else the first headline-shaped line. */
        private void chooseHeadline(int from, int to) {
            int firstShaped = -1;
            for (int i = from; i < to; i++) {
                String clean = lines.get(i).clean();
                if (reasons[i] != null || lines.get(i).blank() || !headlineShape(clean)) {
                    continue;
                }
                if (LineShape.titleCase(clean)) {
                    setHeadline(i);
                    return;
                }
                if (firstShaped < 0) {
                    firstShaped = i;
                }
            }
            if (firstShaped >= 0) {
                setHeadline(firstShaped);
            }
        }

        private void setHeadline(int index) {
            headlineLine = index;
            title = lines.get(index).clean();
            reasons[index] = HEADLINE;
        }

        private void body(int from) {
            String tail = null;
            String afterMarker = null;
            int markerBudget = 0;
            for (int i = from; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (line.blank()) {
                    continue;
                }
                String clean = line.clean();
                String key = LineShape.key(clean);
                if (tail == null) {
                    tail = tailMarker(key, line);
                    if (tail != null) {
                        reasons[i] = tail;
                        continue;
                    }
                } else {
                    if (FurniturePhrases.TAIL_BIO.contains(key) || key.equals("written by")) {
                        tail = BIO;
                    } else if (commentsMarker(key)) {
                        tail = COMMENTS;
                    } else if (FurniturePhrases.TAIL_RELATED.contains(key)) {
                        tail = LineRules.RELATED;
                    }
                    if (reasons[i] == null) {
                        reasons[i] = tail.equals(BIO) && LineShape.titleCase(clean) && !NAME.matcher(clean).matches()
                                && headlineShape(clean) ? LineRules.RELATED : tail;
                    }
                    continue;
                }
                if (reasons[i] != null) {
                    continue;
                }
                if (FurniturePhrases.RELATED_MARKERS.contains(key)) {
                    reasons[i] = LineRules.RELATED;
                    afterMarker = LineRules.RELATED;
                    markerBudget = 5;
                    continue;
                }
                if (FurniturePhrases.SUMMARY_MARKERS.contains(key)) {
                    reasons[i] = SUBHEADING;
                    afterMarker = SUMMARY;
                    markerBudget = 12;
                    continue;
                }
                if (afterMarker != null && markerBudget-- > 0 && follows(afterMarker, clean)) {
                    reasons[i] = afterMarker;
                    continue;
                }
                afterMarker = null;
                if (subheading(i)) {
                    reasons[i] = SUBHEADING;
                    continue;
                }
                int start = line.contentStart(text);
                Matcher dateline = DATELINE_PREFIX.matcher(text.substring(start, line.contentEnd(text)));
                if (dateline.find()) {
                    partial.add(new Span(start, start + dateline.end(), DATELINE));
                }
            }
        }

        /** Whether a line continues the block a marker opened: bullets, or link-like headlines. */
        private static boolean follows(String block, String clean) {
            if (block.equals(SUMMARY)) {
                return LineShape.bullet(clean);
            }
            return headlineShape(clean) && !LineShape.prose(clean);
        }

        /**
         * A marker after which nothing is article body. Only trusted past the first third of the
         * text, so that a site that puts its author box at the top cannot swallow the article.
         */
        private String tailMarker(String key, TextLine line) {
            if (line.start() * 3L < text.length()) {
                return null;
            }
            if (FurniturePhrases.TAIL_BIO.contains(key)) {
                return BIO;
            }
            if (commentsMarker(key)) {
                return COMMENTS;
            }
            if (FurniturePhrases.TAIL_RELATED.contains(key)) {
                return LineRules.RELATED;
            }
            return null;
        }

        private static boolean commentsMarker(String key) {
            return FurniturePhrases.TAIL_COMMENTS.contains(key) || key.matches("\\d{1,5} (comments?|responses?|replies)");
        }

        /**
         * A section heading: short, no final stop, and not the middle of a sentence that a link
         * broke across lines ("took place at the / 47th Asean Summit / in Kuala Lumpur").
         */
        private boolean subheading(int index) {
            String clean = lines.get(index).clean();
            int words = LineShape.wordCount(clean);
            if (words == 0 || words > 10 || LineShape.startsLowerCase(clean) || LineShape.bullet(clean)) {
                return false;
            }
            boolean question = clean.endsWith("?") && LineShape.titleCase(clean);
            boolean colon = clean.endsWith(":") && words <= 6;
            if (!LineShape.endsOpen(clean) && !question && !colon) {
                return false;
            }
            if (continuesSentence(index)) {
                return false;
            }
            // A heading introduces something; a longer open line at the very end is more likely
            // a body sentence cut off by the page capture than a heading.
            return nextNonBlank(index + 1) >= 0 || words <= 3;
        }

        /**
         * True when the line is the middle of a sentence that a link broke across lines: the
         * line before stops without punctuation (or on "the", "at", a comma), or the line after
         * goes on in lower case.
         */
        private boolean continuesSentence(int index) {
            int previous = previousNonBlank(index - 1);
            if (previous >= 0 && reasons[previous] == null) {
                String before = lines.get(previous).clean();
                if (LineShape.endsOpen(before) && (LineShape.wordCount(before) > 10 || LineShape.endsWithMinorWord(before))
                        || before.endsWith(",") || before.endsWith(":")) {
                    return true;
                }
            }
            int next = nextNonBlank(index + 1);
            return next >= 0 && LineShape.startsLowerCase(lines.get(next).clean());
        }

        private int nextNonBlank(int from) {
            for (int i = Math.max(from, 0); i < lines.size(); i++) {
                if (!lines.get(i).blank()) {
                    return i;
                }
            }
            return -1;
        }

        private int previousNonBlank(int from) {
            for (int i = from; i >= 0; i--) {
                if (!lines.get(i).blank()) {
                    return i;
                }
            }
            return -1;
        }

        private List<Span> spans() {
            List<Span> spans = new ArrayList<>(partial);
            for (TextLine line : lines) {
                String reason = reasons[line.index()];
                if (reason != null && !line.blank()) {
                    spans.add(new Span(line.contentStart(text), line.contentEnd(text), reason));
                }
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return spans;
        }
    }

    /**
     * Headline-shaped: 4 to 30 words, not ending in a full stop, colon or comma, nor on a word
     * like "the" or "at" that only a broken sentence ends on; not a list item.
     */
    static boolean headlineShape(String clean) {
        int words = LineShape.wordCount(clean);
        if (words < 4 || words > 30 || LineShape.bullet(clean) || LineShape.endsWithMinorWord(clean)) {
            return false;
        }
        String trimmed = clean.replaceAll("[\"'”’»)\\]]+$", "");
        return !(trimmed.endsWith(".") || trimmed.endsWith(":") || trimmed.endsWith(",") || trimmed.endsWith(";"));
    }
}
