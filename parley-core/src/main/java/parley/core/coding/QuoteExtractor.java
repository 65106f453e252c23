package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parley.core.actors.ActorDictionary;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * Direct quotes with their speakers (CODEBOOK.md section 8). Quotation marks are paired within a
 * paragraph (a quote cut off before its closing mark is no quote); one to three words are scare
 * quotes, and so is a short verbless term inside the writer's own noun phrase (an “adequate
 * response”). The speaker is the subject of a speech verb outside the marks in the sentences the
 * quote touches ("…," Lavrov said / Peskov told reporters: "…" / Said Mr Trump: "…" / according
 * to the Kremlin), a speaker the article describes rather than names ({@link QuoteSpeakers}: "the
 * analysts", "the hostage families' group", "the announcement", a private person), else the
 * speaker of the paragraph before when the quote stands alone.
 *
 * <p>Hand-written rather than CoreNLP's quote annotator because of its attribution. Measured on
 * the dev gold (2026-11-22; quote + coref annotators, speakers resolved through the same actor
 * dictionary, quotes of four words or more): CoreNLP finds every gold quote (recall 30/30) but
 * with precision 30/37 and attribution 15/30. This extractor had recall 26/30, precision 26/27
 * and attribution 24/26; with the described speakers, the colon clause and the term rule it has
 * 30/30, 30/30 and 30/30 (dev only: the rules were written for it, so expect less on unseen text).
 */
public final class QuoteExtractor {
    private static final int MIN_WORDS = 4;
    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;

    public QuoteExtractor(ActorDictionary dictionary, CodingLexicon lexicon) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
    }

    /** A quoted stretch: offsets inside the marks. */
    public record Span(int start, int end) {
        /** Whether one of {@code spans} holds the text offset. */
        static boolean covers(List<Span> spans, int offset) {
            return spans.stream().anyMatch(span -> offset >= span.start() && offset < span.end());
        }
    }

    public List<Quote> extract(Article article, AnnotatedText text) {
        String body = article.bodyText();
        ArticleActors actors = new ArticleActors(dictionary, lexicon, article, text, body);
        QuoteSpeakers described = new QuoteSpeakers(actors, body, text.sentences());
        List<Quote> quotes = new ArrayList<>();
        ActorRef lastSpeaker = null;
        int lastSpeakerParagraphEnd = -1;
        for (Span span : spans(body)) {
            if (isTerm(text, body, span)) {
                continue;
            }
            List<Sentence> touched = new ArrayList<>();
            for (Sentence sentence : text.sentences()) {
                if (sentence.end() > span.start() - 1 && sentence.begin() < span.end() + 1) {
                    touched.add(sentence);
                }
            }
            ActorRef speaker = null;
            LocalDate day = article.published();
            for (Sentence sentence : touched) {
                speaker = speakerIn(actors, described, actors.graph(sentence), span, day, body);
                if (speaker != null) {
                    break;
                }
            }
            int paragraphStart = body.lastIndexOf('\n', span.start()) + 1;
            if (speaker == null && lastSpeaker != null && paragraphStart <= lastSpeakerParagraphEnd + 2) {
                speaker = lastSpeaker;
            }
            if (speaker == null) {
                continue;
            }
            speaker = described.asWritten(speaker);
            lastSpeaker = speaker;
            int paragraphEnd = body.indexOf('\n', span.end());
            lastSpeakerParagraphEnd = paragraphEnd < 0 ? body.length() : paragraphEnd;
            quotes.add(new Quote(article.id(), speaker.name() != null ? speaker.name() : speaker.text(),
                    speaker.code(), article.text().substring(span.start(), span.end()),
                    day == null ? null : day.toString(), span.start(), span.end()));
        }
        return quotes;
    }

    private ActorRef speakerIn(ArticleActors actors, QuoteSpeakers described, SentenceGraph graph, Span span,
                               LocalDate day, String body) {
        ActorRef according = null;
        for (int i = 0; i < graph.size(); i++) {
            if (inside(graph, i, span) || !isSpeechWord(graph, i)) {
                continue;
            }
            // "…,” ISW states." tags "states" as a plural noun: a speech word right next to the
            // quote counts as the verb whatever its part of speech. So does one in the clause a
            // colon closes right before the quote ("Said Mr Trump before the signing: “…”").
            boolean adjacent = Math.abs(graph.token(i).begin() - span.end()) < 30
                    || Math.abs(span.start() - graph.token(i).end()) < 30
                    || introducesByColon(body, graph.token(i).end(), span);
            if (!graph.pos(i).startsWith("VB") && !adjacent) {
                continue;
            }
            for (Dependency child : graph.children(i)) {
                if (child.relation().equals("obj") && child.dependent() > i && !inside(graph, child.dependent(), span)) {
                    // "..." said the joint communique of the Normandy summit: the parser's object is the speaker
                    ActorRef joint = described.joint(graph, child.dependent(), span, day);
                    if (joint != null) {
                        return joint;
                    }
                }
                if (child.relation().startsWith("nsubj") && !inside(graph, child.dependent(), span)) {
                    ActorRef joint = described.joint(graph, child.dependent(), span, day);
                    if (joint != null) {
                        return joint;
                    }
                    List<ActorRef> refs = actors.resolve(graph, child.dependent(), day);
                    if (!refs.isEmpty()) {
                        return refs.get(0);
                    }
                    ActorRef speaker = described.described(graph, child.dependent(), span, day);
                    if (speaker != null) {
                        return speaker;
                    }
                }
            }
            if (adjacent) {
                ActorRef near = nearest(actors, graph, i, span, day);
                if (near != null) {
                    return near;
                }
            }
        }
        for (int i = 0; i < graph.size() && according == null; i++) {
            if (graph.lower(i).equals("according") && !inside(graph, i, span)) {
                for (int candidate = i + 1; candidate < Math.min(graph.size(), i + 8); candidate++) {
                    according = described.joint(graph, candidate, span, day); // "according to a joint statement from"
                    if (according != null) {
                        break;
                    }
                    List<ActorRef> refs = actors.resolve(graph, candidate, day);
                    if (!refs.isEmpty()) {
                        according = refs.get(0);
                        break;
                    }
                }
            }
        }
        if (according != null) {
            return according;
        }
        // "Trump hailed the accord as “a new chapter of hope”": the subject of the clause that
        // holds the quote speaks it.
        for (int i = 0; i < graph.size(); i++) {
            if (graph.relation(i).equals("root") && !inside(graph, i, span)) {
                for (int subject : graph.children(i, "nsubj")) {
                    if (!inside(graph, subject, span)) {
                        ActorRef joint = described.joint(graph, subject, span, day); // "The statement described the talks as"
                        if (joint != null) {
                            return joint;
                        }
                        List<ActorRef> refs = actors.resolve(graph, subject, day);
                        if (!refs.isEmpty()) {
                            return refs.get(0);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The actor named closest to a speech word, outside the quote: "said US secretary Marco Rubio". */
    private static ActorRef nearest(ArticleActors actors, SentenceGraph graph, int verb, Span span, LocalDate day) {
        for (int distance = 1; distance < 8; distance++) {
            for (int candidate : new int[] {verb + distance, verb - distance}) {
                if (candidate < 0 || candidate >= graph.size() || inside(graph, candidate, span)
                        || !graph.pos(candidate).startsWith("NN")) {
                    continue;
                }
                // "midnight Washington time": a name modifying a noun that is no actor names no
                // speaker; "US secretary Marco Rubio": the person it modifies does.
                int head = candidate;
                while (graph.relation(head).equals("compound") && graph.head(head) >= 0
                        && graph.pos(graph.head(head)).startsWith("NN")) {
                    head = graph.head(head);
                }
                List<ActorRef> refs = actors.resolve(graph, head, day);
                if (!refs.isEmpty()) {
                    return refs.get(0);
                }
            }
        }
        return null;
    }

    /**
     * A speech verb, also where the tagger missed it: a sentence-initial "Said" in "Said Mr Trump:
     * …" is tagged as a proper noun.
     */
    boolean isSpeechWord(SentenceGraph graph, int i) {
        if (lexicon.isSpeechVerb(graph.lemma(i))) {
            return true;
        }
        if (graph.lemma(i).equals("read")) {
            // "the statement reads": a text, not a person reading aloud, speaks
            for (int subject : graph.children(i, "nsubj")) {
                if (QuoteSpeakers.isStatement(graph.lower(subject))) {
                    return true;
                }
            }
        }
        String lower = graph.lower(i);
        String lemma = switch (lower) {
            case "said", "says" -> "say";
            case "told", "tells" -> "tell";
            case "wrote", "writes" -> "write";
            default -> null;
        };
        return lemma != null && lexicon.isSpeechVerb(lemma) && !"PERSON".equals(graph.token(i).ner());
    }

    /** Whether only a clause ending in a colon stands between a speech word and the quote. */
    static boolean introducesByColon(String body, int from, Span span) {
        if (from > span.start()) {
            return false;
        }
        int colon = span.start() - 1;
        while (colon > from && !Character.isLetterOrDigit(body.charAt(colon)) && body.charAt(colon) != ':') {
            colon--;
        }
        if (colon <= from || body.charAt(colon) != ':') {
            return false;
        }
        String between = body.substring(from, colon);
        // The speech word's sentence touches the quote, so a full stop in between is an
        // abbreviation ("Said Mr. Trump:"); another quotation mark means another quote.
        return between.indexOf('\n') < 0 && between.indexOf('“') < 0 && between.indexOf('"') < 0
                && between.length() < 120;
    }

    /**
     * A short verbless phrase whose noun phrase starts outside the marks, like an “adequate and
     * effective response” or Russia's “special military operation”: the writer's own noun
     * phrase borrowing a term, which CODEBOOK section 8 treats like a scare quote. Quoted speech
     * either has a verb or is quoted whole (“a new chapter of hope”).
     */
    static boolean isTerm(AnnotatedText text, String body, Span span) {
        if (span.end() - span.start() <= 0 || body.substring(span.start(), span.end()).trim().split("\\s+").length > MIN_WORDS) {
            return false;
        }
        Token before = null;
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.end() <= span.start() - 1 && !isMark(token.word())) {
                    before = token;
                } else if (token.begin() >= span.start() && token.end() <= span.end()) {
                    String pos = token.pos() == null ? "" : token.pos();
                    if (pos.startsWith("VB") || pos.equals("MD")) {
                        return false;
                    }
                }
            }
        }
        if (before == null || before.end() < span.start() - 3) {
            return false;
        }
        String pos = before.pos() == null ? "" : before.pos();
        String lower = before.word().toLowerCase(Locale.ROOT);
        return (pos.equals("DT") && !lower.equals("that")) || pos.equals("PRP$") || pos.equals("POS")
                || lower.equals("so-called");
    }

    private static boolean isMark(String word) {
        return word.equals("``") || word.equals("''") || word.equals("\"") || word.equals("“") || word.equals("”")
                || word.equals("‘") || word.equals("’") || word.equals("«") || word.equals("»") || word.equals("-LRB-");
    }

    static boolean inside(SentenceGraph graph, int token, Span span) {
        return inside(graph.token(token).begin(), span);
    }

    /** Whether a character offset is inside a quote or on one of its marks. */
    static boolean inside(int offset, Span span) {
        return offset >= span.start() - 1 && offset <= span.end();
    }

    /**
     * Quoted stretches of at least four words, paired within one paragraph: the quotes this
     * extractor considers, before it looks for speakers in the sentences that touch them (a
     * character before or after the stretch included).
     */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            pair(text, paragraphStart, paragraphEnd, spans);
            paragraphStart = paragraphEnd + 1;
        }
        return spans;
    }

    private static void pair(String text, int from, int to, List<Span> spans) {
        int open = -1;
        char closing = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '«' || c == '„') {
                    open = i;
                    closing = c == '«' ? '»' : '”';
                } else if (c == '"') {
                    open = i;
                    closing = '"';
                } else if (c == '‘' && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    open = i;
                    closing = '’';
                }
            } else if (c == closing || (closing == '”' && c == '"')) {
                if (closing == '’' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                    continue; // an apostrophe inside a single-quoted stretch: "doesn’t"
                }
                addIfQuote(text, open + 1, i, spans);
                open = -1;
            }
        }
    }

    private static void addIfQuote(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String inside = text.substring(start, end).trim();
        String[] words = inside.split("\\s+");
        if (!inside.isEmpty() && words.length >= MIN_WORDS && !isTitle(words)) {
            spans.add(new Span(start, end));
        }
    }

    /** "Coalition of the Willing", "Kuala Lumpur Peace Accords": a name in quotation marks, not speech. */
    private static boolean isTitle(String[] words) {
        if (words.length > 6) {
            return false;
        }
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.length() > 3 && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
