package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import parley.core.time.DateMention;
import parley.core.time.DateResolver;
import parley.core.time.Precision;
import parley.core.time.Tense;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;

/**
 * The dating stage: when an act happened (CODEBOOK.md section 6), given the date expressions that
 * {@link DateResolver} finds in its sentence: which expression governs the act, the date already
 * in focus, the article's own news day, and the tense of the report. One instance per article: it
 * keeps the date in focus from sentence to sentence.
 */
final class EventDating {
    /** How many sentences of the body tell the article's news day (the lead). */
    private static final int LEAD_SENTENCES = 3;
    /** Before a dateline's date: nothing, or a place in capitals and a comma. */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("\\s*(?:[\\p{Lu}][\\p{Lu}\\s./'-]*,\\s*)?");
    /** After it: a dash. */
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:\\(\\w+\\)\\s*)?[–—-]\\s");
    private final DateResolver dates;
    private final Article article;
    private final LocalDate published;
    /** With a publication date: the day in focus for acts told without a date of their own. */
    private LocalDate focus;
    /**
     * Without one: the year the text fixes (from the offices of the people it names), then each
     * date it names at its own precision ("In April 2023, ..." then "In September of that same
     * year"); and the last date an act was told with, which is what undated acts take.
     */
    private String focusValue;
    private String namedFocus;
    /** The quoted stretches of the body: a speaker's "today" is the day they spoke, not the day of the paper. */
    private final List<QuoteExtractor.Span> quoted;

    EventDating(DateResolver dates, Article article, AnnotatedText text, ArticleActors actors) {
        this.dates = dates;
        this.article = article;
        this.published = article.published();
        String masked = article.bodyText();
        this.quoted = QuoteExtractor.spans(masked);
        this.focus = mainDate(dates, article, text, masked);
        Integer year = published == null ? ArticleYear.of(masked, actors.matches(), LocalDate.now()) : null;
        this.focusValue = year == null ? null : year.toString();
    }

    /** The date expressions of one sentence and the focus its acts default to. */
    SentenceDates sentence(SentenceGraph graph, String sentenceText) {
        List<DateMention> mentions = published == null
                ? dates.findWithFocusValue(sentenceText, null, focusValue, tenseOf(graph))
                : dates.find(sentenceText, published, focus, tenseOf(graph));
        mentions = withoutDateline(mentions, sentenceText);
        if (published != null && focus != null && !focus.equals(published)) {
            mentions = spokenDays(mentions, graph.sentence().begin(), sentenceText, tenseOf(graph));
        }
        return new SentenceDates(graph, sentenceText, mentions, published == null ? namedFocus : focus == null ? null : focus.toString());
    }

    /**
     * A dateline ("Thursday, November 23, 2023 – Qatar on Wednesday announced", "MOSCOW, May 5 —")
     * says when the report was filed, not when its act happened: it is dropped.
     */
    static List<DateMention> withoutDateline(List<DateMention> mentions, String sentenceText) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        DateMention first = mentions.getFirst();
        if (!DATELINE_BEFORE.matcher(sentenceText.substring(0, first.start())).matches()
                || !DATELINE_AFTER.matcher(sentenceText.substring(first.end())).lookingAt()) {
            return mentions;
        }
        return mentions.subList(1, mentions.size());
    }

    /**
     * Relative words inside a quote ("'Today, the violence comes to an end,' Trump said" in the
     * next day's paper) point from the day the speaker spoke, which is the day in focus: they are
     * resolved again with the focus standing for the day of writing.
     */
    private List<DateMention> spokenDays(List<DateMention> mentions, int sentenceBegin, String sentenceText,
                                         Tense tense) {
        List<DateMention> spoken = null;
        for (int i = 0; i < mentions.size(); i++) {
            DateMention mention = mentions.get(i);
            if (!mention.relative() || !insideQuote(sentenceBegin + mention.start())) {
                continue;
            }
            if (spoken == null) {
                spoken = dates.find(sentenceText, focus, focus, tense);
            }
            for (DateMention again : spoken) {
                if (again.start() == mention.start() && again.end() == mention.end()) {
                    List<DateMention> changed = new ArrayList<>(mentions);
                    changed.set(i, again);
                    mentions = changed;
                }
            }
        }
        return mentions;
    }

    private boolean insideQuote(int offset) {
        return QuoteExtractor.Span.covers(quoted, offset);
    }

    /**
     * The dates of one sentence. The focus moves at the end of the sentence ({@link #end()}): to
     * the last past day an act of it was dated by, or (without a publication date) the last date
     * it names.
     */
    final class SentenceDates {
        private final SentenceGraph graph;
        private final String text;
        /** Days counted back from another clause: background to the sentence, they move no focus. */
        private final List<DateMention> intervals = new ArrayList<>();
        private final List<DateMention> mentions;
        private final String defaultFocus;
        private LocalDate newFocus = focus;
        private String newNamedFocus = namedFocus;

        private SentenceDates(SentenceGraph graph, String text, List<DateMention> mentions, String defaultFocus) {
            this.graph = graph;
            this.text = text;
            this.mentions = mentions;
            this.defaultFocus = defaultFocus;
            for (DateMention mention : mentions) {
                if (published == null && datesAnAct(mention)) {
                    newNamedFocus = mention.value(); // "during the lead-up to the talks in 2015"
                }
            }
        }

        /** First step of the chain: the date expression of the act's clause, and the day its actors are coded on. */
        Candidate date(Candidate candidate) {
            candidate.dateMention = dateFor(graph, mentions, candidate.trigger.clauseHead(), graph.sentence().begin());
            if (candidate.dateMention == null) {
                candidate.dateMention = intervalBefore(candidate.t());
            }
            LocalDate eventDay = candidate.dateMention != null ? dayOf(candidate.dateMention.value()) : null;
            candidate.codingDay = eventDay != null ? eventDay : published;
            return candidate;
        }

        /**
         * "The comments came a day after Hemedti had announced a truce", "it comes one day after
         * ministers signed": an act told after "N days after" (or before), following a clause of
         * its own, is dated N days before (after) that clause, whose own date or default is the
         * reference. Read from the words, as the parser rarely sees "a day after" as a
         * conjunction. Null when the act follows no such phrase or the reference is unknown.
         */
        private DateMention intervalBefore(int trigger) {
            for (int mark = trigger - 1; mark >= 3; mark--) {
                String word = graph.lower(mark);
                int sign = word.equals("after") ? -1 : word.equals("before") ? 1 : 0;
                Integer days = sign == 0 ? null : DateResolver.daysIn(graph.lower(mark - 2), graph.lower(mark - 1));
                if (days == null) {
                    continue;
                }
                int root = rootOf(graph);
                if (root < 0 || root >= mark - 2) {
                    return null; // "A day after the talks, Russia attacked": the phrase opens the sentence
                }
                DateMention own = dateFor(graph, mentions, root, graph.sentence().begin());
                String reference = own != null ? own.value() : defaultDate(graph, root, defaultFocus, published);
                LocalDate day = dayOf(reference);
                if (day == null) {
                    return null;
                }
                int start = graph.token(days > 0 ? mark - 2 : mark - 1).begin() - graph.sentence().begin();
                int end = graph.token(mark).end() - graph.sentence().begin();
                DateMention interval = new DateMention(start, end, text.substring(start, end),
                        day.plusDays((long) sign * days).toString(), Precision.DAY, true);
                intervals.add(interval);
                return interval;
            }
            return null;
        }

        /** Last step: the date (its own, else the present of the report, else the focus) and whether it is history. */
        Candidate finish(Candidate candidate) {
            candidate.date = candidate.dateMention != null ? candidate.dateMention.value()
                    : defaultDate(graph, candidate.t(), defaultFocus, published);
            if (candidate.aux == null && candidate.date != null && published != null && candidate.date.length() >= 4
                    && Integer.parseInt(candidate.date.substring(0, 4)) < published.getYear() - 1) {
                candidate.aux = Aux.HISTORICAL;
            }
            return candidate;
        }

        /** The date expression of a clause's own words, or null (for acts the patterns did not find). */
        DateMention mentionFor(int clause) {
            return dateFor(graph, mentions, clause, graph.sentence().begin());
        }

        /** The date of an act told in {@code clause} without a date of its own. */
        String defaultFor(int clause) {
            return defaultDate(graph, clause, defaultFocus, published);
        }

        /** An act of this sentence was coded: its date may become the focus. */
        void told(Event event) {
            if (event.aux() == Aux.HYPOTHETICAL || event.aux() == Aux.NEGATION) {
                return; // "the truce would begin on Wednesday", "has not signed the list shared on June 14"
            }
            for (DateMention interval : intervals) {
                if (interval.text().equals(event.dateText()) && interval.value().equals(event.date())) {
                    return; // "It comes one day after ministers signed": the signing is not what the text is about
                }
            }
            LocalDate day = dayOf(event.date());
            if (day != null && event.dateText() != null && (published == null || !day.isAfter(published))) {
                newFocus = day; // a day still to come ("will take effect on May 8") dates no report after it
            }
            if (event.date() != null && event.dateText() != null) {
                newNamedFocus = event.date();
            }
        }

        /** The sentence is done: the date in focus carries on until the text names another. */
        void end() {
            focus = newFocus;
            namedFocus = newNamedFocus;
            if (namedFocus != null) {
                focusValue = namedFocus;
            }
        }
    }

    /**
     * The day the article's news happened: the first exact date in the text that falls in the week
     * before publication ("On March 27, Paris hosted a summit" in an article of March 28), else the
     * publication date. Acts told without a date of their own default to it.
     */
    static LocalDate mainDate(DateResolver dates, Article article, AnnotatedText text, String masked) {
        LocalDate published = article.published();
        if (published == null) {
            return null;
        }
        int read = 0;
        for (Sentence sentence : text.sentences()) {
            if (article.isFurniture(sentence.begin(), sentence.end())) {
                continue;
            }
            if (read++ == LEAD_SENTENCES) {
                break; // "since Putin launched the invasion on Thursday" deep in a Monday story is background
            }
            String sentenceText = masked.substring(sentence.begin(), sentence.end());
            for (DateMention mention : dates.find(sentenceText, published, published, Tense.PAST)) {
                LocalDate day = dayOf(mention.value());
                if (day != null && !day.isAfter(published)
                        && !day.isBefore(published.minusDays(7))) {
                    return day;
                }
            }
        }
        return published;
    }

    static int rootOf(SentenceGraph graph) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.relation(i).equals("root")) {
                return i;
            }
        }
        return -1;
    }

    static Tense tenseOf(SentenceGraph graph) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.relation(i).equals("root")) {
                return tenseAt(graph, i);
            }
        }
        return Tense.UNKNOWN;
    }

    static Tense tenseAt(SentenceGraph graph, int verb) {
        for (int aux : graph.children(verb, "aux")) {
            String lemma = graph.lemma(aux);
            if (lemma.equals("will") || lemma.equals("shall")) {
                return Tense.FUTURE;
            }
            if (graph.pos(aux).equals("VBD")) {
                return Tense.PAST;
            }
        }
        String pos = graph.pos(verb);
        if (pos.equals("VBD") || pos.equals("VBN")) {
            return Tense.PAST;
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }

    /**
     * The date expression nearest the trigger: in its own clause first, then in each enclosing
     * clause outwards ("said on May 20 that the US expects ..." dates the expectation May 20).
     * Start and end points ("since 2022", "until May 20") date no act.
     */
    static DateMention dateFor(SentenceGraph graph, List<DateMention> mentions, int clause, int sentenceBegin) {
        List<DateMention> usable = new ArrayList<>();
        List<Integer> tokens = new ArrayList<>();
        for (DateMention mention : mentions) {
            if (!datesAnAct(mention)) {
                continue;
            }
            int token = tokenAt(graph, sentenceBegin + mention.start());
            if (token >= 0) {
                usable.add(mention);
                tokens.add(token);
            }
        }
        // The clause itself first, then each enclosing clause outwards, each without the other
        // clauses nested in it ("an agreement was reached on the exchange, which ended on May 25"
        // is not dated May 25; "said on May 20 that the US expects" dates the expectation).
        int current = clause;
        for (int depth = 0; current >= 0 && depth < 8 && !usable.isEmpty(); depth++) {
            BitSet own = ownClause(graph, current);
            DateMention found = first(usable, tokens, own);
            if (found == null && depth == 0) {
                // "expelled the ambassador and recalled its envoy last Wednesday": a date closing a
                // coordination dates every verb in it; "leaders who visited Kyiv on May 10
                // demanded": the visit told in the subject is the occasion
                BitSet near = new BitSet();
                for (Dependency child : graph.children(current)) {
                    boolean verbConj = child.relation().startsWith("conj") && graph.pos(child.dependent()).startsWith("VB")
                            && child.dependent() > current;
                    if (verbConj || child.relation().equals("nsubj")) {
                        near.or(graph.subtree(child.dependent()));
                    }
                }
                found = first(usable, tokens, near);
            }
            if (found != null) {
                return found;
            }
            current = graph.head(current);
        }
        // "'We are committed to it,' Hamas said in a statement on Monday": the frame of the quote
        for (int i = 0; i < graph.size() && !usable.isEmpty(); i++) {
            if (graph.head(i) < 0) {
                for (Dependency child : graph.children(i)) {
                    if (child.relation().equals("parataxis")) {
                        DateMention found = first(usable, tokens, ownClause(graph, child.dependent()));
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static DateMention first(List<DateMention> usable, List<Integer> tokens, BitSet region) {
        for (int i = 0; i < usable.size(); i++) {
            if (region.get(tokens.get(i))) {
                return usable.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a mention can say when an act happened: start and end points ("since 2022", "until
     * May 20") cannot, nor a bare year describing a thing ("its 2014 annexation", "the 2022 drafts").
     */
    static boolean datesAnAct(DateMention mention) {
        String text = mention.text().toLowerCase(java.util.Locale.ROOT);
        if (mention.value() == null || text.startsWith("since") || text.startsWith("until")
                || text.startsWith("till") || text.startsWith("by ")) {
            return false;
        }
        return !(mention.precision() == parley.core.time.Precision.YEAR && Character.isDigit(text.charAt(0)));
    }

    static BitSet ownClause(SentenceGraph graph, int clause) {
        BitSet own = graph.subtree(clause);
        BitSet all = graph.subtree(clause);
        for (int i = all.nextSetBit(0); i >= 0; i = all.nextSetBit(i + 1)) {
            String relation = graph.relation(i);
            if (i != clause && (relation.startsWith("acl") || relation.startsWith("advcl") || relation.startsWith("ccomp")
                    || relation.startsWith("parataxis") || relation.startsWith("xcomp") || (relation.startsWith("conj") && graph.pos(i).startsWith("VB")))) {
                own.andNot(graph.subtree(i));
            }
        }
        return own;
    }

    static int tokenAt(SentenceGraph graph, int offset) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.token(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Without a date expression: a present-tense report takes the publication date; otherwise the
     * date already in focus (CODEBOOK.md section 6).
     */
    static String defaultDate(SentenceGraph graph, int t, String focus, LocalDate published) {
        int verb = t;
        while (verb >= 0 && !graph.pos(verb).startsWith("VB") && graph.head(verb) >= 0) {
            verb = graph.head(verb);
        }
        // "have continued to battle", "aims for the coalition to start withdrawing": the tense is the governing verb's
        while (verb >= 0 && graph.relation(verb).startsWith("xcomp") && graph.head(verb) >= 0
                && graph.pos(graph.head(verb)).startsWith("VB")) {
            verb = graph.head(verb);
        }
        if (verb >= 0 && published != null && presentOrPerfect(graph, verb)) {
            return published.toString();
        }
        return focus;
    }

    /** "says", "insists", "has agreed", "have begun": the present, which is the day of the report. */
    static boolean presentOrPerfect(SentenceGraph graph, int verb) {
        String pos = graph.pos(verb);
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return true;
        }
        for (int aux : graph.children(verb, "aux")) {
            String word = graph.lower(aux);
            if (word.equals("has") || word.equals("have") || word.equals("is") || word.equals("are")) {
                return true;
            }
        }
        return false;
    }

    static LocalDate dayOf(String isoValue) {
        if (isoValue == null || isoValue.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoValue);
        } catch (RuntimeException notADay) {
            return null;
        }
    }
}
