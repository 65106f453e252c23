package parley.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import parley.core.time.Precision;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Issues;
import parley.model.Quote;

/**
 * Generated articles that give corroboration and the stance rules work: a few actors, agreeing and
 * rejecting over a few weeks, dated by day, week, month or not at all, published by a handful of
 * outlets (some without a publication date), with qualifiers, EU and EUR, repeated codes and
 * quotes. Deterministic for a seed; the words are made up.
 */
public final class MixedReports {
    private static final String[] ACTORS = {"RUS", "UKR", "EU", "EUR", "USA"};
    private static final EventType[] TYPES = {EventType.AGREE, EventType.REJECT, EventType.SUPPORT, EventType.REQUEST,
            EventType.ACCUSE};
    private static final String[] OUTLETS = {"wire-a.example", "wire-b.example", "daily.example", null};
    private static final String[] ISSUES = {"ceasefire", "prisoners", "energy"};

    private MixedReports() {
    }

    public static List<CodedArticle> articles(int count, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2025, 3, 1);
        List<CodedArticle> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            String id = "mix-" + a;
            LocalDate published = random.nextInt(8) == 0 ? null : start.plusDays(random.nextInt(40));
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            Article article = new Article(id, outlet == null ? null : "https://" + outlet + "/" + id, outlet, published,
                    "Report " + a, "Text of report " + a + ".", "en", null, List.of());
            List<Event> events = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int e = 0; e < n; e++) {
                List<ActorRef> actors = new ArrayList<>();
                actors.add(ref(ACTORS[random.nextInt(ACTORS.length)]));
                if (random.nextInt(5) == 0) {
                    actors.add(ref(ACTORS[random.nextInt(ACTORS.length)]));
                }
                List<ActorRef> recipients = random.nextBoolean() ? List.of() : List.of(ref(ACTORS[random.nextInt(ACTORS.length)]));
                List<String> issues = random.nextInt(4) == 0 ? List.of()
                        : List.of(ISSUES[random.nextInt(ISSUES.length)]);
                String sentence = "Sentence " + e + (random.nextInt(6) == 0 ? " if the other side agrees" : "") + ".";
                events.add(new Event(id + "#" + (e + 1), id, TYPES[random.nextInt(TYPES.length)], null,
                        Issues.normalise(issues), actors, recipients, date(random, published, start), null,
                        random.nextInt(10) == 0 ? Aux.values()[random.nextInt(Aux.values().length)] : null, null,
                        new Evidence(sentence, 0, sentence.length()), null, random.nextInt(5) / 4.0, null));
            }
            List<Quote> quotes = random.nextInt(3) == 0
                    ? List.of(new Quote(id, "A speaker", ACTORS[random.nextInt(ACTORS.length)], "Words " + a, null, 0, 5))
                    : List.of();
            articles.add(new CodedArticle(article, events, quotes));
        }
        return articles;
    }

    private static String date(Random random, LocalDate published, LocalDate start) {
        LocalDate day = (published == null ? start.plusDays(random.nextInt(40)) : published).minusDays(random.nextInt(3));
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> Precision.MONTH.format(day);
            case 2 -> Precision.WEEK.format(day);
            default -> day.toString();
        };
    }

    private static ActorRef ref(String code) {
        return new ActorRef(code, "Name of " + code, code, null);
    }
}
