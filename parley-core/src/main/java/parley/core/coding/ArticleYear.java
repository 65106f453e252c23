package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.actors.ActorKind;
import parley.core.actors.ActorMatch;
import parley.core.actors.Office;

/**
 * The year an article without a publication date is about, from what its text fixes (CODEBOOK.md
 * section 6). Two clues: the latest year the text names, and the dated offices of the people it
 * names under a title. "U.S. President Donald Trump" can only be written of 2017–2021 or of 2025
 * on; with "Russian President Vladimir Putin" beside him the spans shrink further. The year is
 * the first year of the latest span in which every titled person held such a title, or the latest
 * year named when that is later ("the 2023 talks" read in a 2025 report).
 *
 * <p>Hand-written: it reads the dictionary's own dated offices, which no library knows.
 */
final class ArticleYear {
    /** A title written right before a name: "President", "Foreign Minister", "Secretary of State". */
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(former|ex-|then-|late|outgoing|incoming|future)\\s*)?\\b(president|prime minister|premier|"
                    + "chancellor|minister|secretary of state|secretary|king|emir|crown prince|supreme leader)"
                    + "\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");

    private ArticleYear() {
    }

    /** A span of days in which a title was held; {@code end} is today for an office still held. */
    private record Span(LocalDate start, LocalDate end) {
    }

    /**
     * The year the article is about, or null when the text fixes none.
     *
     * @param text    the article text the matches were found in
     * @param matches the dictionary matches in {@code text}, in text order
     * @param today   the last day an office still held can be meant
     */
    static Integer of(String text, List<ActorMatch> matches, LocalDate today) {
        Integer named = latestYearNamed(text, today.getYear());
        List<Span> common = null;
        for (ActorMatch match : matches) {
            if (match.entry().kind() != ActorKind.PERSON || match.entry().offices().isEmpty()) {
                continue;
            }
            Matcher title = TITLE_BEFORE.matcher(text.substring(Math.max(0, match.start() - 40), match.start()));
            if (!title.find() || title.group(1) != null) {
                continue; // no title, or "former President": says nothing of when the text was written
            }
            List<Span> held = spansWithTitle(match.entry().offices(), title.group(2), today);
            if (held.isEmpty()) {
                continue;
            }
            List<Span> both = common == null ? held : intersect(common, held);
            if (!both.isEmpty()) {
                common = both; // a clue that contradicts the others is a mistake of ours or theirs: skip it
            }
        }
        if (common == null) {
            return named;
        }
        Span latest = common.getLast();
        int year = latest.start().getYear();
        if (named != null && named > year) {
            return named;
        }
        return year;
    }

    static Integer latestYearNamed(String text, int thisYear) {
        Matcher years = YEAR.matcher(text);
        int latest = 0;
        while (years.find()) {
            int year = Integer.parseInt(years.group());
            if (year <= thisYear) {
                latest = Math.max(latest, year);
            }
        }
        return latest == 0 ? null : latest;
    }

    private static List<Span> spansWithTitle(List<Office> offices, String title, LocalDate today) {
        String word = title.toLowerCase(Locale.ROOT);
        List<Span> spans = new ArrayList<>();
        for (Office office : offices) {
            if (office.start() == null || office.title() == null
                    || !office.title().toLowerCase(Locale.ROOT).contains(word)) {
                continue;
            }
            spans.add(new Span(office.start(), office.end() == null ? today : office.end()));
        }
        spans.sort((a, b) -> a.start().compareTo(b.start()));
        return spans;
    }

    private static List<Span> intersect(List<Span> left, List<Span> right) {
        List<Span> both = new ArrayList<>();
        for (Span a : left) {
            for (Span b : right) {
                LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
                LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
                if (!end.isBefore(start)) {
                    both.add(new Span(start, end));
                }
            }
        }
        both.sort((a, b) -> a.start().compareTo(b.start()));
        return both;
    }
}
