package parley.core.time;

import static parley.core.time.Words.END;
import static parley.core.time.Words.START;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Expressions that only make sense against a reference date: deictic ones point from the
 * publication date ("yesterday", "last week", "this month", "days ago"), anaphoric ones from the
 * date the text is talking about ("that day", "the following month", "days earlier").
 */
final class RelativeRules {
    private static final UnaryOperator<LocalDate> SAME = d -> d;
    /** A vague "days ago" is taken as about three days: enough to cross into last month on the 2nd. */
    private static final int VAGUE_DAYS = 3;
    private static final int VAGUE_WEEKS_IN_DAYS = 14;
    private static final int VAGUE_MONTHS = 3;
    private static final Pattern LETTER_OR_DIGIT_NEXT = Pattern.compile("\\G\\s*[\\p{L}\\p{N}]");

    private RelativeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                // Days.
                deictic("today", "today|tonight|this\\s+(?:morning|afternoon|evening)", Precision.DAY, SAME),
                deictic("yesterday", "yesterday|last\\s+night|last\\s+evening", Precision.DAY, d -> d.minusDays(1)),
                deictic("day-before-yesterday", "the\\s+day\\s+before\\s+yesterday", Precision.DAY, d -> d.minusDays(2)),
                deictic("tomorrow", "tomorrow", Precision.DAY, d -> d.plusDays(1)),
                deictic("day-after-tomorrow", "the\\s+day\\s+after\\s+tomorrow", Precision.DAY, d -> d.plusDays(2)),
                anaphoric("that-day", "(?:that|the\\s+same|that\\s+same|the\\s+very\\s+same)\\s+"
                        + "(?:day|night|evening|morning|afternoon)", Precision.DAY, SAME),
                anaphoric("day-before", "the\\s+(?:day|night|evening)\\s+before|the\\s+(?:previous|preceding|prior)"
                        + "\\s+(?:day|night|evening)", Precision.DAY, d -> d.minusDays(1)),
                anaphoric("day-after", "the\\s+(?:next|following)\\s+(?:day|morning|evening|night)|the\\s+day\\s+after",
                        Precision.DAY, d -> d.plusDays(1)),
                // Weeks, as ISO weeks.
                deictic("this-week", "this\\s+week", Precision.WEEK, SAME),
                deictic("last-week", "last\\s+week", Precision.WEEK, d -> d.minusWeeks(1)),
                deictic("next-week", "next\\s+week|the\\s+coming\\s+week", Precision.WEEK, d -> d.plusWeeks(1)),
                anaphoric("that-week", "(?:that|the\\s+same|that\\s+same)\\s+week", Precision.WEEK, SAME),
                anaphoric("week-before", "the\\s+(?:previous|preceding|prior)\\s+week|the\\s+week\\s+before",
                        Precision.WEEK, d -> d.minusWeeks(1)),
                anaphoric("week-after", "the\\s+(?:following|next)\\s+week|the\\s+week\\s+after",
                        Precision.WEEK, d -> d.plusWeeks(1)),
                modified("the-week", "the\\s+week", Precision.WEEK),
                new Rule("weekend", compile("(?<rel>this\\s+past|last|this|next|the|past|coming)\\s+weekend"),
                        Rule.Cue.NONE, RelativeRules::always, RelativeRules::weekend),
                // Months.
                deictic("this-month", "this\\s+month|the\\s+current\\s+month", Precision.MONTH, SAME),
                deictic("last-month", "last\\s+month", Precision.MONTH, d -> d.minusMonths(1)),
                deictic("next-month", "next\\s+month|the\\s+coming\\s+month", Precision.MONTH, d -> d.plusMonths(1)),
                anaphoric("that-month", "(?:that|the\\s+same|that\\s+same)\\s+month", Precision.MONTH, SAME),
                anaphoric("month-before", "the\\s+(?:previous|preceding|prior)\\s+month|the\\s+month\\s+before",
                        Precision.MONTH, d -> d.minusMonths(1)),
                anaphoric("month-after", "the\\s+(?:following|next)\\s+month|the\\s+month\\s+after",
                        Precision.MONTH, d -> d.plusMonths(1)),
                modified("the-month", "the\\s+month", Precision.MONTH),
                // Years.
                deictic("this-year", "this\\s+year|the\\s+current\\s+year", Precision.YEAR, SAME),
                deictic("last-year", "last\\s+year", Precision.YEAR, d -> d.minusYears(1)),
                deictic("next-year", "next\\s+year|the\\s+coming\\s+year", Precision.YEAR, d -> d.plusYears(1)),
                anaphoric("that-year", "(?:that|the\\s+same|that\\s+same)\\s+year", Precision.YEAR, SAME),
                anaphoric("year-before", "the\\s+(?:previous|preceding|prior)\\s+year|the\\s+year\\s+before",
                        Precision.YEAR, d -> d.minusYears(1)),
                anaphoric("year-after", "the\\s+(?:following|next)\\s+year|the\\s+year\\s+after",
                        Precision.YEAR, d -> d.plusYears(1)),
                modified("the-year", "the\\s+year", Precision.YEAR),
                // Vague recency: the codebook's gold keeps these at the month of the reference.
                deictic("recently", "recently|the\\s+other\\s+day|recent\\s+days"
                        + "|the\\s+(?:past|last)\\s+(?:few|several|couple\\s+of)\\s+days", Precision.MONTH, SAME),
                new Rule("counted", compile("(?:(?:just|only|mere|barely|a\\s+matter\\s+of)\\s+)?"
                        + "(?:(?<count>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                        + "|a\\s+couple\\s+of|a\\s+few|few|several|some)\\s+)?"
                        + "(?<unit>day|week|month|year)(?<plural>s)?\\s+(?<direction>ago|earlier|later|previously|before|after)"),
                        Rule.Cue.NONE, RelativeRules::countedIsAdverb, RelativeRules::counted));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(START + "(?:" + regex + ")" + END, Pattern.CASE_INSENSITIVE);
    }

    private static boolean always(MatchResult m, String sentence) {
        return true;
    }

    private static Rule deictic(String name, String regex, Precision precision, UnaryOperator<LocalDate> shift) {
        return fixedPhrase(name, regex, Rule.Cue.NONE, ref -> ref.deictic(precision, shift));
    }

    private static Rule anaphoric(String name, String regex, Precision precision, UnaryOperator<LocalDate> shift) {
        return fixedPhrase(name, regex, Rule.Cue.NONE, ref -> ref.anaphoric(precision, shift));
    }

    /** "the month" alone says nothing; "the end of the month" is the month the text is in. */
    private static Rule modified(String name, String regex, Precision precision) {
        return fixedPhrase(name, regex, Rule.Cue.MODIFIER, ref -> ref.anaphoric(precision, SAME));
    }

    private static Rule fixedPhrase(String name, String regex, Rule.Cue cue, Function<Reference, Resolution> resolve) {
        return new Rule(name, compile(regex), cue, RelativeRules::always, (m, ref) -> resolve.apply(ref));
    }

    private static Resolution weekend(MatchResult m, Reference ref) {
        String relation = Words.normalised(m.group("rel"));
        int direction = switch (relation) {
            case "last", "past", "this past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return ref.weekend(direction);
    }

    /**
     * "two days before" closes a clause and counts from the focus; "two days before the talks"
     * counts from another event and is not a date here. A bare singular "day ago" is no phrase.
     */
    private static boolean countedIsAdverb(MatchResult m, String sentence) {
        String direction = Words.lower(m.group("direction"));
        if ((direction.equals("before") || direction.equals("after"))
                && LETTER_OR_DIGIT_NEXT.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
            return false;
        }
        return m.group("count") != null || m.group("plural") != null;
    }

    private static Resolution counted(MatchResult m, Reference ref) {
        String direction = Words.lower(m.group("direction"));
        int sign = direction.equals("later") || direction.equals("after") ? 1 : -1;
        int count = Words.count(m.group("count"));
        String unit = Words.lower(m.group("unit"));
        UnaryOperator<LocalDate> shift;
        Precision precision;
        if (count >= 0) {
            precision = switch (unit) {
                case "day" -> Precision.DAY;
                case "week" -> Precision.WEEK;
                case "month" -> Precision.MONTH;
                default -> Precision.YEAR;
            };
            shift = switch (unit) {
                case "day" -> d -> d.plusDays((long) sign * count);
                case "week" -> d -> d.plusWeeks((long) sign * count);
                case "month" -> d -> d.plusMonths((long) sign * count);
                default -> d -> d.plusYears((long) sign * count);
            };
        } else {
            // "Days ago" fixes the month at best; "years ago" fixes nothing.
            if (unit.equals("year")) {
                return Resolution.unknown(Precision.YEAR);
            }
            precision = unit.equals("month") ? Precision.YEAR : Precision.MONTH;
            shift = switch (unit) {
                case "day" -> d -> d.plusDays((long) sign * VAGUE_DAYS);
                case "week" -> d -> d.plusDays((long) sign * VAGUE_WEEKS_IN_DAYS);
                default -> d -> d.plusMonths((long) sign * VAGUE_MONTHS);
            };
        }
        return direction.equals("ago") ? ref.deictic(precision, shift) : ref.anaphoric(precision, shift);
    }
}
