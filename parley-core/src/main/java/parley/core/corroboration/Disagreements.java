package parley.core.corroboration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.Precision;
import parley.model.Article;
import parley.model.Event;

/**
 * Where the sources of one incident disagree (see {@link Disagreement}). The merge rules let two
 * day-precise reports of one act be a day apart, and say nothing of the numbers in their
 * sentences; this tells the reader where they differ.
 *
 * <ul>
 *   <li><b>dates</b>: the reports dated to a day give more than one day;</li>
 *   <li><b>numbers</b>: a number written in figures or as a word up to twelve, followed by the
 *       same noun ({@code 84 prisoners}, {@code 30-day}), takes different values in different
 *       reports. Days of the month ({@code May 21}, {@code 21 May}), years and times are not
 *       numbers of the act.</li>
 * </ul>
 * A difference counts only when the reports that differ come from more than one outlet: one outlet
 * correcting itself is not sources disagreeing.
 *
 * <pre>{@code
 * Optional<Disagreement> found = Disagreements.of(incident, reports, articles);
 * }</pre>
 */
public final class Disagreements {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,:/-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + String.join("|", WORDS.keySet()) + ")(?:\\s+|-)([a-z]+)");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?:" + MONTHS + ")\\.?\\s*$");
    private static final Pattern NOT_COUNTED = Pattern.compile("(?:" + MONTHS + "|am|pm|a|p|gmt|utc|of|and|or|to|in|on)");

    private Disagreements() {
    }

    /**
     * The disagreement among an incident's reports, if any.
     *
     * @param reports  the incident's events (others are ignored)
     * @param articles their articles, for the outlets (text not needed)
     */
    public static Optional<Disagreement> of(Incident incident, Collection<Event> reports, Collection<Article> articles) {
        Outlets outlets = new Outlets(articles, Map.of());
        Set<String> ids = Set.copyOf(incident.eventIds());
        List<Event> own = reports.stream().filter(event -> ids.contains(event.id()))
                .sorted(Comparator.comparing(Event::id)).toList();
        List<Disagreement.Difference> differences = new ArrayList<>();
        Map<String, List<Event>> byDay = new TreeMap<>();
        for (Event event : own) {
            if (isDay(event.date())) {
                byDay.computeIfAbsent(event.date(), day -> new ArrayList<>()).add(event);
            }
        }
        difference("date", "date", byDay, outlets).ifPresent(differences::add);
        Map<String, Map<String, List<Event>>> byNoun = new TreeMap<>();
        for (Event event : own) {
            numbers(event.evidence().sentence()).forEach((noun, value) ->
                    byNoun.computeIfAbsent(noun, n -> new TreeMap<>(Comparator.comparing(Disagreements::numeric)
                            .thenComparing(Comparator.naturalOrder()))).computeIfAbsent(value, v -> new ArrayList<>())
                            .add(event));
        }
        byNoun.forEach((noun, values) -> difference("number", noun, values, outlets).ifPresent(differences::add));
        return differences.isEmpty() ? Optional.empty() : Optional.of(new Disagreement(incident, differences));
    }

    private static Optional<Disagreement.Difference> difference(String kind, String subject,
                                                                Map<String, List<Event>> byValue, Outlets outlets) {
        if (byValue.size() < 2) {
            return Optional.empty();
        }
        List<Disagreement.Claim> claims = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        byValue.forEach((value, events) -> {
            Set<String> names = new TreeSet<>();
            events.forEach(event -> names.add(outlets.outlet(event.doc() == null ? "" : event.doc())));
            all.addAll(names);
            claims.add(new Disagreement.Claim(value, events, List.copyOf(names)));
        });
        return all.size() < 2 ? Optional.empty() : Optional.of(new Disagreement.Difference(kind, subject, claims));
    }

    /**
     * The numbers a sentence gives, by the noun they count (the first value of each noun). Only
     * for this class and its tests.
     */
    static Map<String, String> numbers(String sentence) {
        String text = sentence.toLowerCase(Locale.ROOT);
        Map<String, String> found = new TreeMap<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(1);
            String noun = matcher.group(2);
            if (NOT_COUNTED.matcher(noun).matches() || MONTH_BEFORE.matcher(text.substring(0, matcher.start())).find()
                    || isYear(value)) {
                continue;
            }
            String number = WORDS.containsKey(value) ? String.valueOf(WORDS.get(value)) : value.replace(",", "");
            found.putIfAbsent(noun, number);
        }
        return found;
    }

    private static boolean isYear(String value) {
        return value.length() == 4 && (value.startsWith("19") || value.startsWith("20"));
    }

    private static double numeric(String value) {
        return Double.parseDouble(value);
    }

    private static boolean isDay(String date) {
        if (date == null) {
            return false;
        }
        try {
            return Precision.of(date) == Precision.DAY;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
