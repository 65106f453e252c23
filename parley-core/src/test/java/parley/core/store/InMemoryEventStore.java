package parley.core.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * An {@link EventStore} kept in memory, for fast tests of the stages around the store. It has the
 * same semantics as the embedded database store (both pass {@link EventStoreContract}):
 * <ul>
 *   <li>an article is saved once; a second save of the same id returns false and changes nothing;</li>
 *   <li>the actor filter matches codes in an event's {@code actor} role only, never the recipient
 *       ({@code --actor RUS} means "what Russia did");</li>
 *   <li>the issue filter keeps events that have any of the given issues;</li>
 *   <li>{@code since}/{@code until} keep events whose date range (a month covers the whole month,
 *       an ISO week Monday to Sunday, a year the whole year) overlaps the bounds; events without a
 *       readable date are dropped as soon as one bound is set;</li>
 *   <li>results come in the order articles were saved, then the order within the article, and the
 *       limit applies after ordering;</li>
 *   <li>quotes are filtered by speaker code and date only (types and issues do not apply to quotes).</li>
 * </ul>
 * All methods are synchronized: one instance may be shared by threads.
 */
public final class InMemoryEventStore implements EventStore {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d))?");

    private final Map<String, CodedArticle> articles = new LinkedHashMap<>();
    private final Map<List<String>, SkippedInput> skipped = new LinkedHashMap<>();

    @Override
    public synchronized boolean contains(String articleId) {
        return articles.containsKey(articleId);
    }

    @Override
    public synchronized boolean save(CodedArticle coded) {
        return articles.putIfAbsent(coded.article().id(), coded) == null;
    }

    @Override
    public synchronized void recordSkipped(SkippedInput input) {
        skipped.putIfAbsent(List.of(input.origin(), input.reason()), input);
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id)).map(CodedArticle::article);
    }

    @Override
    public synchronized List<Article> articles() {
        return articles.values().stream().map(CodedArticle::article).toList();
    }

    @Override
    public synchronized List<Event> events(EventQuery query) {
        List<Event> found = new ArrayList<>();
        for (CodedArticle coded : articles.values()) {
            for (Event event : coded.events()) {
                if (matches(event, query)) {
                    found.add(event);
                    if (found.size() == query.limit()) {
                        return List.copyOf(found);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized List<Quote> quotes(EventQuery query) {
        List<Quote> found = new ArrayList<>();
        for (CodedArticle coded : articles.values()) {
            for (Quote quote : coded.quotes()) {
                // Set.copyOf sets throw on contains(null), and a quote may have no speaker code.
                boolean speakerMatches = query.actors().isEmpty()
                        || quote.speakerCode() != null && query.actors().contains(quote.speakerCode());
                if (speakerMatches && withinDates(quote.date(), query)) {
                    found.add(quote);
                    if (found.size() == query.limit()) {
                        return List.copyOf(found);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized List<SkippedInput> skipped() {
        return List.copyOf(skipped.values());
    }

    @Override
    public void close() {
        // Nothing to release: the contents simply go away with the instance.
    }

    private static boolean matches(Event event, EventQuery query) {
        if (!query.types().isEmpty() && !query.types().contains(event.type())) {
            return false;
        }
        if (!query.actors().isEmpty()
                && event.actor().stream().map(ActorRef::code).noneMatch(query.actors()::contains)) {
            return false;
        }
        if (!query.issues().isEmpty() && event.issues().stream().noneMatch(query.issues()::contains)) {
            return false;
        }
        return withinDates(event.date(), query);
    }

    private static boolean withinDates(String date, EventQuery query) {
        if (query.since() == null && query.until() == null) {
            return true;
        }
        Range range = range(date);
        if (range == null) {
            return false;
        }
        return (query.since() == null || !range.to().isBefore(query.since()))
                && (query.until() == null || !range.from().isAfter(query.until()));
    }

    /** First and last day covered by an ISO date at its precision, or null when it is not one. */
    private static Range range(String date) {
        if (date == null) {
            return null;
        }
        try {
            Matcher matcher;
            if (DAY.matcher(date).matches()) {
                LocalDate day = LocalDate.parse(date);
                return new Range(day, day);
            }
            if ((matcher = MONTH.matcher(date)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                return new Range(month.atDay(1), month.atEndOfMonth());
            }
            if ((matcher = YEAR.matcher(date)).matches()) {
                int year = Integer.parseInt(matcher.group(1));
                return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if ((matcher = WEEK.matcher(date)).matches()) {
                LocalDate fourth = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4);
                int week = Integer.parseInt(matcher.group(2));
                if (!IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourth).isValidValue(week)) {
                    return null;
                }
                LocalDate monday = fourth.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                if (matcher.group(3) != null) {
                    int weekday = Integer.parseInt(matcher.group(3));
                    if (weekday < 1 || weekday > 7) {
                        return null;
                    }
                    LocalDate day = monday.plusDays(weekday - 1L);
                    return new Range(day, day);
                }
                return new Range(monday, monday.plusDays(6));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The first and last day an ISO date covers. */
    private record Range(LocalDate from, LocalDate to) {
    }
}
