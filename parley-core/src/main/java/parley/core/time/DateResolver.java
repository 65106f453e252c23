package parley.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Finds the date expressions of a sentence and resolves them to event dates under CODEBOOK.md
 * section 6. Stateless and thread-safe; one instance can serve every article.
 *
 * <p>Example, for an article published on Monday 2025-02-24:
 * <pre>{@code
 * DateResolver dates = new DateResolver();
 * dates.find("Last week, U.S. and Russian officials met in Riyadh.", LocalDate.of(2025, 2, 24), null, Tense.PAST)
 *   // [DateMention[start=0, end=9, text=Last week, value=2025-W08, precision=WEEK, relative=true]]
 * dates.find("Putin said on Monday that talks began on February 18.", LocalDate.of(2025, 2, 24), null, Tense.PAST)
 *   // "on Monday" = 2025-02-24 (a Monday paper's "Monday" is that day), "on February 18" = 2025-02-18
 * dates.find("In September of that same year, Lavrov changed course.", null, LocalDate.of(2023, 4, 1), Tense.PAST)
 *   // "In September of that same year" = 2023-09
 * }</pre>
 *
 * <p>Rules in brief:
 * <ul>
 *   <li>A day or month without a year takes the focus date's year, else the publication date's;
 *       when that puts it well after the publication date in a report of the past ("on December
 *       28" in a January paper) it is last year's, and well before it in a future-tense clause it
 *       is next year's.</li>
 *   <li>A weekday is the latest such day on or before the publication date, or for the future
 *       tense the next one after it. "last Monday" is strictly before, "next Monday" strictly after.</li>
 *   <li>Deictic words ("today", "last week", "this month", "days ago", "recently") need the
 *       publication date; anaphoric ones ("that day", "the day before", "in September of that same
 *       year", "days earlier") use the focus date, or the publication date when there is none.</li>
 *   <li>Vague spans are dated only as precisely as they allow: "days ago" and "recently" give the
 *       month, "last week" the ISO week, "years ago" nothing.</li>
 *   <li>When the needed reference is unknown (no publication date and no focus) the mention is
 *       still returned, with a null value, so the caller knows a date was written but not fixed.</li>
 *   <li>Within a sentence, each resolved mention becomes the focus for the ones after it, except
 *       boundaries ("since 2022", "until May") and bare years that qualify a noun ("its 2014
 *       annexation"), which say when something else happened.</li>
 * </ul>
 * Numbers between 1900 and 2099 are years unless the words around them make them quantities or
 * identifiers ("2000 troops", "about 2000", "Resolution 2231").
 */
public final class DateResolver {
    /** The last sentence whose candidates were matched on this thread, with them (see chosenCandidates). */
    private static final ThreadLocal<Map.Entry<String, List<Candidate>>> LAST_SENTENCE = new ThreadLocal<>();
    private static final Set<String> BOUNDARIES = Set.of("since", "until", "till", "from", "before", "after", "by",
            "between", "through", "throughout", "as of", "as early as", "as recently as", "as late as");
    private static final List<Rule> RULES =
            Stream.concat(CalendarRules.rules().stream(), RelativeRules.rules().stream()).toList();

    /** Creates a resolver; all of its state is the shared, immutable rule set. */
    public DateResolver() {
    }

    /**
     * Finds and resolves the date expressions of one sentence, in text order, without overlaps.
     *
     * @param sentence  the sentence; null or blank gives an empty list
     * @param published the article's publication date, or null when unknown
     * @param focus     the day the text is already talking about (e.g. from an earlier sentence),
     *                  or null
     * @param tense     the tense of the main clause; null is taken as {@link Tense#UNKNOWN}
     * @return the mentions, possibly with null values where a needed reference date is unknown
     */
    public List<DateMention> find(String sentence, LocalDate published, LocalDate focus, Tense tense) {
        return find(sentence, new Reference(published, Anchor.day(focus), tense));
    }

    /**
     * Like {@link #find(String, LocalDate, LocalDate, Tense)} with the focus given as the ISO value of
     * an earlier mention, so that its precision is kept: after "In April 2023" the focus is
     * {@code 2023-04}, and "that day" resolves to {@code 2023-04} rather than an invented day.
     *
     * @param focusValue an ISO value ({@code 2023-04-02}, {@code 2023-W14}, {@code 2023-04},
     *                   {@code 2023}), or null for no focus
     * @throws IllegalArgumentException when {@code focusValue} is not an ISO value
     */
    public List<DateMention> findWithFocusValue(String sentence, LocalDate published, String focusValue,
                                                Tense tense) {
        Anchor focus = focusValue == null ? null
                : new Anchor(DateRange.of(focusValue).first(), Precision.of(focusValue));
        return find(sentence, new Reference(published, focus, tense));
    }

    private List<DateMention> find(String sentence, Reference reference) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        List<DateMention> mentions = new ArrayList<>();
        Reference current = reference;
        for (Candidate candidate : chosenCandidates(sentence)) {
            Resolution resolution = resolve(candidate, current);
            if (resolution == null) {
                continue;
            }
            String value = resolution.value();
            mentions.add(new DateMention(candidate.start(), candidate.end(),
                    sentence.substring(candidate.start(), candidate.end()), value, resolution.precision(),
                    resolution.relative()));
            if (setsFocus(candidate, resolution)) {
                current = current.withFocus(new Anchor(resolution.date(), resolution.precision()));
            }
        }
        return List.copyOf(mentions);
    }

    private static Resolution resolve(Candidate candidate, Reference reference) {
        try {
            Resolution resolution = candidate.rule().resolver().resolve(candidate.match(), reference);
            resolution.value();
            return resolution;
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
            // Only reachable with reference dates at the ends of the calendar (year 9999 and the like):
            // such an expression cannot be written as a date, so it is left out rather than failing the article.
            return null;
        }
    }

    /**
     * The sentence's chosen candidates, remembered for the last sentence asked on this thread: the
     * coder asks about one sentence several times in a row (its main date, then each act's), and
     * matching every rule is most of the resolver's work. The candidates depend on the text only;
     * their resolution against a reference is done on each call.
     */
    private static List<Candidate> chosenCandidates(String sentence) {
        Map.Entry<String, List<Candidate>> last = LAST_SENTENCE.get();
        if (last != null && last.getKey().equals(sentence)) {
            return last.getValue();
        }
        List<Candidate> chosen = List.copyOf(chosen(candidates(sentence)));
        LAST_SENTENCE.set(Map.entry(sentence, chosen));
        return chosen;
    }

    private static List<Candidate> candidates(String sentence) {
        List<Candidate> found = new ArrayList<>();
        for (int order = 0; order < RULES.size(); order++) {
            Rule rule = RULES.get(order);
            Matcher matcher = rule.pattern().matcher(sentence);
            while (matcher.find()) {
                if (!rule.accept().accepts(matcher, sentence)) {
                    continue;
                }
                Extension.Widening widening = Extension.widen(sentence, matcher.start(), rule.cue());
                if (widening != null) {
                    found.add(new Candidate(widening.start(), matcher.end(), order, rule, matcher.toMatchResult(),
                            widening.lead()));
                }
            }
        }
        return found;
    }

    /** Leftmost first, longest at the same start, earlier rule on a tie; overlapping ones are dropped. */
    private static List<Candidate> chosen(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparingInt(Candidate::order));
        List<Candidate> chosen = new ArrayList<>();
        int reached = 0;
        for (Candidate candidate : sorted) {
            if (candidate.start() >= reached) {
                chosen.add(candidate);
                reached = candidate.end();
            }
        }
        return chosen;
    }

    /**
     * How many whole days an interval written before "after" or "before" spans: "a day" and "one
     * day" are 1, "two days" 2, "hours" and "minutes" 0 (the same day). Null for anything else,
     * including vague counts ("days", "several days"), which fix no day.
     *
     * @param count the count word ("a", "one", "2"), or null
     * @param unit  the unit word ("day", "days", "hours")
     */
    public static Integer daysIn(String count, String unit) {
        if (unit == null) {
            return null;
        }
        String word = Words.normalised(unit);
        if (word.equals("hours") || word.equals("minutes") || word.equals("hour") && count != null) {
            return 0;
        }
        if (!word.equals("day") && !word.equals("days")) {
            return null;
        }
        int days = Words.count(count);
        return days < 0 || days > 31 ? null : Integer.valueOf(days);
    }

    /**
     * The written form of a day, {@code 2025-05-21}.
     *
     * @throws IllegalArgumentException when {@code date} is null
     */
    public static String dateOf(LocalDate date) {
        return Precision.DAY.format(date);
    }

    /**
     * The days an ISO value covers; see {@link DateRange#of(String)}.
     *
     * @throws IllegalArgumentException when {@code isoValue} is not an ISO value
     */
    public static DateRange rangeOf(String isoValue) {
        return DateRange.of(isoValue);
    }

    /**
     * Whether a system date agrees with a gold date at the gold's precision (FORMAT.md, scoring):
     * every day the system value covers lies in the gold value's range, so {@code 2025-05-21}
     * agrees with {@code 2025-05} but {@code 2025-05} does not agree with {@code 2025-05-21}. Two
     * nulls agree; a null and a date do not.
     *
     * @throws IllegalArgumentException when a non-null value is not an ISO value
     */
    public static boolean agrees(String system, String gold) {
        if (system == null || gold == null) {
            return system == null && gold == null;
        }
        return DateRange.of(gold).encloses(DateRange.of(system));
    }

    /**
     * Whether a resolved mention tells when the rest of the sentence happens. Boundaries ("since
     * 2022", "until 2019") do not, and neither does a year that only qualifies a noun ("its 2014
     * annexation"): taking its year for a later "on May 16" would move that day a decade back.
     */
    private static boolean setsFocus(Candidate candidate, Resolution resolution) {
        if (resolution.date() == null) {
            return false;
        }
        if (candidate.lead() == null) {
            return !candidate.rule().name().equals(CalendarRules.BARE_YEAR);
        }
        return !BOUNDARIES.contains(candidate.lead());
    }

    private record Candidate(int start, int end, int order, Rule rule, MatchResult match, String lead) {
    }
}
