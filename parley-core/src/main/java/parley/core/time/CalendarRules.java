package parley.core.time;

import static parley.core.time.Words.END;
import static parley.core.time.Words.START;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions built on the calendar: written dates ("May 21", "21 May 2025", "2025-05-21"),
 * months ("in May", "March 2022", "September of that same year", "last March"), years ("in
 * 2015", "its 2022 drafts") and weekdays ("on Wednesday", "Sunday, March 23").
 */
final class CalendarRules {
    /** The name of the rule for a year written alone ("in 2015", "its 2022 drafts"). */
    static final String BARE_YEAR = "year";
    /** A month name, or an abbreviation with its optional full stop ("Sept. 5"). */
    private static final String MONTH_ANY = "(?<month>(?:" + Words.MONTH_NAMES + ")(?!\\p{L})"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?!\\p{L})\\.?)";
    private static final String OTHER_MONTH = "(?:" + Words.MONTH_NAMES
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?!\\p{L})\\.?";
    private static final String MONTH_FULL = "(?<month>" + Words.MONTH_NAMES + ")" + END;
    private static final String WEEKDAY = "(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?!\\p{L})";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?" + END;
    private static final String OTHER_DAY = "[0-3]?\\d(?:st|nd|rd|th)?" + END;
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})" + END;
    private static final String RELATIVE_YEAR = "(?<relyear>that\\s+same|the\\s+same|that|this|last|next"
            + "|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next)\\s+year" + END;
    /** A year after a day-month: "May 21, 2025", "21 May 2025", "May 21 of last year". */
    private static final String YEAR_TAIL = "(?:(?:\\s*,\\s*|\\s+)" + YEAR + "|,?\\s+(?:of\\s+)?" + RELATIVE_YEAR + ")?";
    private static final String WEEKDAY_BEFORE = "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?";

    /**
     * Nouns that make a number in the years' range a quantity: "2000 troops", "1,900 km" never
     * reach here, but "2000 soldiers" does.
     */
    private static final Set<String> COUNTED_NOUNS = Set.of("people", "persons", "civilians", "soldiers",
            "troops", "servicemen", "fighters", "militants", "prisoners", "pows", "captives", "hostages",
            "detainees", "children", "residents", "refugees", "casualties", "deaths", "dead", "killed",
            "wounded", "injured", "victims", "drones", "missiles", "rockets", "shells", "bombs", "tanks",
            "vehicles", "aircraft", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes",
            "tons", "dollars", "euros", "hryvnias", "rubles", "roubles", "pounds", "times", "homes", "houses",
            "buildings", "cases", "attacks", "strikes", "violations", "units", "men", "women", "sorties",
            "settlements", "villages", "hectares", "barrels", "shekels", "rupees", "percent", "per", "%",
            "strong", "hours", "bodies", "targets", "shots", "rounds", "sq", "square", "m", "mln", "bn");
    /** Words before a number in the years' range that make it a quantity or an identifier. */
    private static final Set<String> QUANTITY_BEFORE = Set.of("about", "some", "nearly", "almost", "over",
            "under", "approximately", "roughly", "estimated", "than", "least", "most", "no", "no.",
            "number", "resolution", "article", "flight", "decree", "bill", "law", "paragraph", "section",
            "page", "room", "unit", "brigade", "regiment", "battalion", "division", "route", "highway",
            "code", "model", "type", "version", "exactly", "just", "only", "total", "additional", "another",
            "extra", "killed", "killing", "kill", "lost", "losing", "wounded", "captured", "freed", "released",
            "exchanged", "returned", "swapped", "sent", "fired", "launched", "deployed", "destroyed");
    private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s*-?\\s*([\\p{L}%]+\\.?)");
    private static final Pattern PREVIOUS_WORDS =
            Pattern.compile("(?<![\\p{L}\\p{N}.])(?:([\\p{L}\\p{N}.]+)\\s+)?([\\p{L}\\p{N}.]+)\\s*$");

    private CalendarRules() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("iso-day", START + "(?<year>(?:19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?!\\p{N})",
                        CalendarRules::numericDayExists,
                        (m, ref) -> Resolution.fixed(numericDay(m, "d", "m"), Precision.DAY)),
                rule("dotted-day", "(?<![\\p{L}\\p{N}.])(?<d>[0-3]?\\d)\\.(?<m>[01]?\\d)\\.(?<year>(?:19|20)\\d{2})"
                                + END, CalendarRules::numericDayExists,
                        (m, ref) -> Resolution.fixed(numericDay(m, "d", "m"), Precision.DAY)),
                rule("slashed-day", "(?<![\\p{L}\\p{N}/])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:19|20)\\d{2})"
                        + END, CalendarRules::slashedExists, CalendarRules::slashed),
                // "Feb.24" in datelines has no space after the abbreviation's full stop.
                rule("month-day", START + WEEKDAY_BEFORE + MONTH_ANY + "(?:\\s+(?:the\\s+)?|(?<=\\.))" + DAY
                                + "(?:\\s*(?:-|–|—|to|and|&|or)\\s*" + OTHER_DAY + ")?(?:\\s*,\\s*" + OTHER_DAY + ")*"
                                + YEAR_TAIL,
                        CalendarRules::dayExists, CalendarRules::dayOfMonth),
                rule("day-month", START + WEEKDAY_BEFORE + "(?:the\\s+)?" + DAY
                                + "(?:\\s*(?:-|–|—|to|and|&)\\s*" + OTHER_DAY + ")?\\s+(?:of\\s+)?" + MONTH_ANY + YEAR_TAIL,
                        CalendarRules::dayExists, CalendarRules::dayOfMonth),
                // "March–April 2022" is dated by its first month, as a day range is by its first day.
                rule("month-year", START + MONTH_ANY + "(?:\\s*(?:-|–|—|/|to|and)\\s*" + OTHER_MONTH + ")?"
                                + "(?:\\s*,\\s*|\\s+)(?:of\\s+)?" + YEAR,
                        CalendarRules::namesCapitalised,
                        (m, ref) -> Resolution.fixed(LocalDate.of(year(m), Words.month(m.group("month")), 1),
                                Precision.MONTH)),
                rule("month-of-relative-year", START + MONTH_FULL + ",?\\s+(?:of\\s+)?" + RELATIVE_YEAR,
                        CalendarRules::namesCapitalised, CalendarRules::monthOfRelativeYear),
                rule("named-month", START + "(?<rel>this\\s+past|last|this|next|that|past|coming)\\s+" + MONTH_FULL,
                        CalendarRules::namesCapitalised,
                        (m, ref) -> ref.namedMonth(Words.month(m.group("month")), Words.normalised(m.group("rel")))),
                new Rule("bare-month", compile(START + MONTH_FULL + "(?!['’]s)"), Rule.Cue.PREPOSITION_OR_MODIFIER,
                        CalendarRules::namesCapitalised, CalendarRules::bareMonth),
                rule(BARE_YEAR, "(?<![\\p{L}\\p{N}$€£₴₽#№+])(?<!\\p{N}[.,/:])(?<year>(?:19|20)\\d{2})"
                                + "(?:\\s*(?:-|–|—|/)\\s*(?:(?:19|20)\\d{2}|\\d{2}))?" + END + "(?![.,]\\d)",
                        CalendarRules::plausibleYear,
                        (m, ref) -> Resolution.fixed(LocalDate.of(year(m), 1, 1), Precision.YEAR)),
                rule("weekday", START + "(?:(?<rel>this\\s+past|last|this|next|past|coming|previous)\\s+)?"
                                + WEEKDAY + "(?:\\s+(?:night|evening|morning|afternoon))?",
                        CalendarRules::namesCapitalised, CalendarRules::weekday));
    }

    private static Rule rule(String name, String regex, Rule.Acceptor accept, Rule.Resolver resolver) {
        return new Rule(name, compile(regex), Rule.Cue.NONE, accept, resolver);
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    private static boolean namesCapitalised(MatchResult m, String sentence) {
        return Words.capitalised(m, "month") && Words.capitalised(m, "weekday");
    }

    private static boolean dayExists(MatchResult m, String sentence) {
        int day = Integer.parseInt(m.group("day"));
        // February 29 is allowed here; the year it lands in is chosen later.
        return namesCapitalised(m, sentence) && day >= 1 && day <= Words.month(m.group("month")).maxLength();
    }

    private static boolean numericDayExists(MatchResult m, String sentence) {
        return exists(year(m), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    }

    private static boolean exists(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
    }

    private static LocalDate numericDay(MatchResult m, String dayGroup, String monthGroup) {
        return LocalDate.of(year(m), Integer.parseInt(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
    }

    private static int year(MatchResult m) {
        return Integer.parseInt(m.group("year"));
    }

    /** A slashed date is read day-first or month-first only when one of the two cannot be a month. */
    private static boolean slashedExists(MatchResult m, String sentence) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        return exists(year(m), b, a) || exists(year(m), a, b);
    }

    private static Resolution slashed(MatchResult m, Reference ref) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int year = year(m);
        boolean dayFirst = exists(year, b, a);
        boolean monthFirst = exists(year, a, b);
        if (dayFirst && monthFirst && a != b) {
            // 03/04/2025 is March 4 in Washington and April 3 in Kyiv; only the year is certain.
            return Resolution.fixed(LocalDate.of(year, 1, 1), Precision.YEAR);
        }
        return Resolution.fixed(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b), Precision.DAY);
    }

    private static Resolution dayOfMonth(MatchResult m, Reference ref) {
        Month month = Words.month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (m.group("year") != null) {
            int year = year(m);
            return day <= month.length(Year.isLeap(year))
                    ? Resolution.fixed(LocalDate.of(year, month, day), Precision.DAY)
                    // "February 29, 2025" names no day; the text still fixes the month.
                    : Resolution.fixed(LocalDate.of(year, month, 1), Precision.MONTH);
        }
        if (Words.group(m, "relyear") != null) {
            Resolution year = relativeYear(Words.normalised(m.group("relyear")), ref);
            if (year.date() == null) {
                return Resolution.unknown(Precision.DAY);
            }
            int y = year.date().getYear();
            return day <= month.length(Year.isLeap(y))
                    ? new Resolution(LocalDate.of(y, month, day), Precision.DAY, true)
                    : new Resolution(LocalDate.of(y, month, 1), Precision.MONTH, true);
        }
        LocalDate placed = ref.place(month, day, Words.weekday(Words.group(m, "weekday")));
        return placed == null ? Resolution.unknown(Precision.DAY) : new Resolution(placed, Precision.DAY, true);
    }

    private static Resolution monthOfRelativeYear(MatchResult m, Reference ref) {
        Resolution year = relativeYear(Words.normalised(m.group("relyear")), ref);
        return year.date() == null ? Resolution.unknown(Precision.MONTH)
                : new Resolution(LocalDate.of(year.date().getYear(), Words.month(m.group("month")), 1),
                        Precision.MONTH, true);
    }

    /** "that (same) year" and "the following year" point from the focus; "last year" from the paper's date. */
    static Resolution relativeYear(String relation, Reference ref) {
        return switch (relation) {
            case "this" -> ref.deictic(Precision.YEAR, d -> d);
            case "last" -> ref.deictic(Precision.YEAR, d -> d.minusYears(1));
            case "next" -> ref.deictic(Precision.YEAR, d -> d.plusYears(1));
            case "the previous", "the preceding" -> ref.anaphoric(Precision.YEAR, d -> d.minusYears(1));
            case "the following", "the next" -> ref.anaphoric(Precision.YEAR, d -> d.plusYears(1));
            default -> ref.anaphoric(Precision.YEAR, d -> d);
        };
    }

    private static Resolution bareMonth(MatchResult m, Reference ref) {
        LocalDate placed = ref.place(Words.month(m.group("month")), 0, null);
        return placed == null ? Resolution.unknown(Precision.MONTH) : new Resolution(placed, Precision.MONTH, true);
    }

    private static Resolution weekday(MatchResult m, Reference ref) {
        String relation = Words.group(m, "rel") == null ? "" : Words.normalised(m.group("rel"));
        int direction = switch (relation) {
            case "last", "past", "this past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        DayOfWeek day = Words.weekday(Words.group(m, "weekday"));
        return ref.weekday(day, direction);
    }

    /**
     * Whether a number between 1900 and 2099 standing alone is a year: "in 2015", "since 2022" and
     * "its 2022 drafts" are; "2000 soldiers", "about 2000" and "Resolution 2231" are not.
     */
    private static boolean plausibleYear(MatchResult m, String sentence) {
        Matcher next = NEXT_WORD.matcher(sentence);
        next.region(m.end(), sentence.length());
        if (next.lookingAt() && COUNTED_NOUNS.contains(Words.lower(next.group(1)).replace(".", ""))) {
            return false;
        }
        Matcher previous = PREVIOUS_WORDS.matcher(sentence);
        previous.region(Math.max(0, m.start() - 40), m.start());
        previous.useTransparentBounds(true);
        if (!previous.find()) {
            return true;
        }
        String word = Words.lower(previous.group(2));
        boolean upTo = word.equals("to") && previous.group(1) != null && Words.lower(previous.group(1)).equals("up");
        return !upTo && !QUANTITY_BEFORE.contains(word);
    }
}
