package parley.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import parley.model.EventType;
import parley.model.Issues;
import parley.model.CodedArticle;

/**
 * A large workspace of generated articles for benches: deterministic (seeded), each article a few
 * one-sentence reports of acts between a dozen actors over 2024-2025, every fifth with a quote,
 * and a quarter of the acts reported again by another outlet so that corroboration has work.
 */
public final class GeneratedWorkspace {
    private static final String[] ACTORS = {"RUS", "UKR", "USA", "EU", "TUR", "ISR", "HAMAS", "QAT", "EGY", "IRN",
            "CHN", "GBR"};
    private static final String[] NAMES = {"Russia", "Ukraine", "the United States", "the European Union", "Turkey",
            "Israel", "Hamas", "Qatar", "Egypt", "Iran", "China", "Britain"};
    private static final EventType[] TYPES = {EventType.AGREE, EventType.REJECT, EventType.CONSULT, EventType.REQUEST,
            EventType.SUPPORT, EventType.ACCUSE, EventType.THREATEN};
    private static final String[] VERBS = {"agreed to", "rejected", "discussed", "called for", "backed", "criticised",
            "threatened over"};
    private static final String[] OUTLETS = {"wire-a.example", "wire-b.example", "daily-c.example", "news-d.example",
            "post-e.example", "times-f.example", "herald-g.example", "courier-h.example"};

    private GeneratedWorkspace() {
    }

    /** {@code articles} articles of {@code eventsPerArticle} events each. */
    public static List<CodedArticle> articles(int articles, int eventsPerArticle, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<CodedArticle> coded = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            LocalDate published = start.plusDays(random.nextInt(700));
            String id = "gen-" + a;
            ArticleBuilder builder = new ArticleBuilder(id, OUTLETS[random.nextInt(OUTLETS.length)], published,
                    "Generated report " + a);
            for (int e = 0; e < eventsPerArticle; e++) {
                int actor = random.nextInt(ACTORS.length);
                int recipient = (actor + 1 + random.nextInt(ACTORS.length - 1)) % ACTORS.length;
                int type = random.nextInt(TYPES.length);
                String issue = Issues.ALL.get(random.nextInt(Issues.ALL.size()));
                LocalDate day = published.minusDays(random.nextInt(3));
                builder.sentence(capital(NAMES[actor]) + " " + VERBS[type] + " the " + issue.replace('_', ' ')
                        + " proposal of " + NAMES[recipient] + " on " + day + ".")
                        .event(TYPES[type], List.of(ACTORS[actor]), List.of(ACTORS[recipient]), List.of(issue),
                                day.toString(), null);
            }
            if (a % 5 == 0) {
                int speaker = random.nextInt(ACTORS.length);
                builder.quote("A spokesperson for " + NAMES[speaker], ACTORS[speaker],
                        "We will not give up on talks about " + Issues.ALL.get(random.nextInt(Issues.ALL.size())),
                        published.toString());
            }
            coded.add(builder.build());
        }
        return coded;
    }

    private static String capital(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
