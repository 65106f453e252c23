package parley.core.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;

/** Small lookups shared by the rules: month and weekday names, number words, case checks. */
final class Words {
    /** Start of a word: no letter or digit just before. */
    static final String START = "(?<![\\p{L}\\p{N}])";
    /** End of a word: no letter or digit just after. */
    static final String END = "(?![\\p{L}\\p{N}])";
    static final String MONTH_NAMES =
            "January|February|March|April|May|June|July|August|September|October|November|December";

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private Words() {
    }

    /** The month a name or abbreviation matched by the rules stands for ("Sept." is September). */
    static Month month(String name) {
        Month month = MONTHS.get(lower(name).substring(0, 3));
        if (month == null) {
            throw new IllegalArgumentException("not a month name: " + name);
        }
        return month;
    }

    /** The weekday a full English weekday name stands for, or null for null. */
    static DayOfWeek weekday(String name) {
        return name == null ? null : DayOfWeek.valueOf(lower(name).toUpperCase(Locale.ROOT));
    }

    /** The value of a count written in digits or words, or -1 for a vague count ("a few", "several"). */
    static int count(String text) {
        if (text == null) {
            return -1;
        }
        String word = normalised(text);
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word, -1);
    }

    /** Lower case with single spaces, for comparing matched words. */
    static String normalised(String text) {
        return lower(text).strip().replaceAll("\\s+", " ");
    }

    /** The text of a named group, or null when the pattern has no such group or it took no part. */
    static String group(MatchResult match, String name) {
        return match.namedGroups().containsKey(name) ? match.group(name) : null;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the named group, when it took part in the match, starts with a capital: month and day
     * names are proper nouns, and this is what keeps the modal "may" and the verb "march" out.
     */
    static boolean capitalised(MatchResult match, String group) {
        String text = group(match, group);
        return text == null || Character.isUpperCase(text.charAt(0));
    }
}
