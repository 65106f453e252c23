package parley.core.corroboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import parley.core.time.Precision;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;

/**
 * A random archive of events for corroboration tests (also used by the Spark job's tests): few
 * types, actors and issues so that many pairs are compatible; dates at every precision (and
 * none) within a few months; publication dates near the event date, sometimes unknown; several
 * events per article.
 *
 * @param events   every event, ids unique
 * @param articles the articles they come from
 */
public record RandomArchive(List<Event> events, List<Article> articles) {
    private static final List<EventType> TYPES = List.of(EventType.REJECT, EventType.AGREE, EventType.CONSULT);
    private static final List<String> CODES = List.of("RUS", "UKR", "USA", "EU", "EUR");
    private static final List<String> ISSUES = List.of("ceasefire", "prisoners", "sanctions");
    private static final List<String> OUTLETS = Arrays.asList("reuters", "bbc", "tass", "kyivindependent", null);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    public RandomArchive {
        events = List.copyOf(events);
        articles = List.copyOf(articles);
    }

    /** {@code articleCount} articles of one to four events each, the same for the same seed. */
    public static RandomArchive generate(long seed, int articleCount) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            String doc = "doc-" + a;
            LocalDate center = START.plusDays(random.nextInt(120));
            LocalDate published = random.nextInt(8) == 0 ? null : center.plusDays(random.nextInt(4));
            String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
            articles.add(new Article(doc, outlet == null ? "https://www.site" + a % 7 + ".example/" + a : null, outlet,
                    published, null, "text of " + doc, "en", null, List.of()));
            int count = 1 + random.nextInt(4);
            for (int e = 0; e < count; e++) {
                events.add(event(random, doc + "#" + e, doc, center));
            }
        }
        return new RandomArchive(events, articles);
    }

    private static Event event(Random random, String id, String doc, LocalDate center) {
        EventType type = TYPES.get(random.nextInt(TYPES.size()));
        List<ActorRef> actors = codes(random, 1 + random.nextInt(2));
        List<ActorRef> recipients = codes(random, random.nextInt(2));
        List<String> issues = random.nextInt(3) == 0 ? List.of() : List.of(ISSUES.get(random.nextInt(ISSUES.size())));
        LocalDate day = center.plusDays(random.nextInt(5) - 2);
        String date = switch (random.nextInt(10)) {
            case 0, 1 -> null;
            case 2 -> Precision.WEEK.format(day);
            case 3 -> Precision.MONTH.format(day);
            case 4 -> random.nextInt(4) == 0 ? Precision.YEAR.format(day) : Precision.DAY.format(day.minusDays(30));
            default -> Precision.DAY.format(day);
        };
        Aux aux = switch (random.nextInt(12)) {
            case 0 -> Aux.FUTURE;
            case 1 -> Aux.HISTORICAL;
            case 2 -> Aux.NEGATION;
            default -> null;
        };
        String sentence = "Report " + id + ".";
        return new Event(id, doc, type, null, issues, actors, recipients, date, null, aux, null,
                new Evidence(sentence, 0, sentence.length()), null, Math.round(random.nextDouble() * 100) / 100.0, null);
    }

    private static List<ActorRef> codes(Random random, int count) {
        List<ActorRef> refs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            refs.add(new ActorRef(code, null, code, null));
        }
        return refs;
    }
}
