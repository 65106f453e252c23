package parley.core.corroboration;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;

/**
 * Generated reports of known acts: each base act is reported by several articles of different
 * outlets, reworded and coded a little differently each time (a day off, a vaguer date, a dropped
 * recipient, EU for EUR, one issue fewer, no date at all), plus syndicated copies. Some acts are
 * near twins of others (same actor, type and issue weeks apart) to test that they stay apart.
 * Articles of the same day carry the reports of every act of that day, as real articles do.
 */
final class VariantCorpus {
    private static final List<String> OUTLETS = List.of("reuters", "ap", "bbc", "aljazeera", "kyiv independent",
            "tass");

    /** One act that really happened, with its canonical coding. */
    record Act(String name, EventType type, List<String> actors, List<String> recipients, List<String> issues,
               LocalDate day, String sentence) {
    }

    static final List<Act> ACTS = List.of(
            new Act("gaza-truce", EventType.AGREE, List.of("ISR", "HAMAS"), List.of(), List.of("ceasefire", "prisoners"),
                    LocalDate.of(2025, 1, 15), "Israel and Hamas agreed to a ceasefire and hostage release deal"),
            new Act("eu-aid", EventType.SUPPORT, List.of("EUR"), List.of("UKR"), List.of("military_aid"),
                    LocalDate.of(2025, 3, 6), "European leaders pledged more weapons for Ukraine"),
            new Act("us-proposal", EventType.REQUEST, List.of("USA"), List.of("RUS", "UKR"), List.of("ceasefire"),
                    LocalDate.of(2025, 3, 11), "Washington proposed a 30-day truce"),
            new Act("kyiv-accepts", EventType.AGREE, List.of("UKR"), List.of("USA"), List.of("ceasefire"),
                    LocalDate.of(2025, 3, 11), "Kyiv accepted the American truce proposal"),
            new Act("kremlin-conditions", EventType.REJECT, List.of("RUS"), List.of("USA"), List.of("ceasefire"),
                    LocalDate.of(2025, 3, 13), "Moscow turned down an unconditional truce"),
            new Act("trump-putin-call", EventType.CONSULT, List.of("USA", "RUS"), List.of(), List.of("ceasefire", "energy"),
                    LocalDate.of(2025, 3, 18), "The two presidents spoke by phone for two hours"),
            new Act("energy-pause", EventType.AGREE, List.of("RUS"), List.of("USA"), List.of("energy"),
                    LocalDate.of(2025, 3, 18), "Russia agreed to pause strikes on energy sites"),
            new Act("istanbul-talks", EventType.CONSULT, List.of("RUS", "UKR"), List.of(), List.of("peace_talks"),
                    LocalDate.of(2025, 5, 16), "Delegations met in Istanbul for direct talks"),
            new Act("prisoner-swap", EventType.AGREE, List.of("RUS", "UKR"), List.of(), List.of("prisoners"),
                    LocalDate.of(2025, 5, 16), "Both sides agreed to swap a thousand prisoners each"),
            new Act("eu-package", EventType.SANCTION, List.of("EU"), List.of("RUS"), List.of("sanctions"),
                    LocalDate.of(2025, 5, 20), "Brussels adopted its seventeenth sanctions package"),
            new Act("kremlin-rejects-again", EventType.REJECT, List.of("RUS"), List.of("USA"), List.of("ceasefire"),
                    LocalDate.of(2025, 5, 21), "The Kremlin again dismissed calls for a truce"),
            new Act("drone-barrage", EventType.ASSAULT, List.of("RUS"), List.of("UKR"), List.of(),
                    LocalDate.of(2025, 5, 25), "Russia launched its largest drone attack of the war"),
            new Act("second-round", EventType.CONSULT, List.of("RUS", "UKR"), List.of(), List.of("peace_talks"),
                    LocalDate.of(2025, 5, 28), "Negotiators gathered again for a second round"));

    final List<Event> events = new ArrayList<>();
    final Map<String, Article> articles = new LinkedHashMap<>();
    final Map<String, String> syndication = new HashMap<>();
    /** Event id to the name of the act it truly reports. */
    final Map<String, String> truth = new HashMap<>();

    VariantCorpus(long seed) {
        Random random = new Random(seed);
        for (int index = 0; index < ACTS.size(); index++) {
            Act act = ACTS.get(index);
            int reports = 3 + index % 4;
            for (int variant = 0; variant < reports; variant++) {
                String articleId = articleOf(act.day(), variant);
                add(articleId, variant, act, variant(act, variant, random));
                if (variant == 0 && index % 2 == 0) {
                    // A reprint of the wire story: same coding, another site, counted as one outlet.
                    String copy = articleId + "-reprint";
                    article(copy, null, "https://www.yahoo.com/news/" + copy, act.day().plusDays(1));
                    syndication.put(copy, articleId);
                    add(copy, variant, act, variant(act, 0, random));
                }
            }
        }
    }

    /** Articles are per day and outlet, so one article carries every act of its day it reports. */
    private String articleOf(LocalDate day, int variant) {
        String id = day + "-" + OUTLETS.get(variant % OUTLETS.size()).replace(' ', '-');
        if (!articles.containsKey(id)) {
            article(id, OUTLETS.get(variant % OUTLETS.size()), null, day.plusDays(variant % 2));
        }
        return id;
    }

    private void article(String id, String source, String url, LocalDate published) {
        articles.put(id, new Article(id, url, source, published, null, "Text of " + id + ".", "en", null, List.of()));
    }

    private void add(String articleId, int variant, Act act, Event coded) {
        String id = articleId + "#" + act.name() + "-" + variant;
        Event event = coded.withId(id);
        event = new Event(id, articleId, event.type(), null, event.issues(), event.actor(), event.recipient(),
                event.date(), null, null, null, event.evidence(), null, event.confidence(), null);
        events.add(event);
        truth.put(id, act.name());
    }

    /** How the variant-th outlet codes the act. */
    private static Event variant(Act act, int variant, Random random) {
        List<String> actors = act.actors();
        List<String> recipients = act.recipients();
        List<String> issues = act.issues();
        String date = act.day().toString();
        String sentence = act.sentence() + ".";
        switch (variant) {
            case 1 -> {
                date = act.day().plusDays(random.nextBoolean() ? 1 : -1).toString();
                recipients = List.of();
                actors = actors.stream().map(code -> code.equals("EUR") ? "EU" : code).toList();
                sentence = "Officials said on Wednesday that " + lower(act.sentence()) + ".";
            }
            case 2 -> {
                date = String.format(Locale.ROOT, "%04d-%02d", act.day().getYear(), act.day().getMonthValue());
                sentence = "Earlier this month, " + lower(act.sentence()) + ".";
            }
            case 3 -> {
                issues = issues.isEmpty() ? issues : List.of(issues.get(0));
                actors = actors.subList(0, 1);
                sentence = act.sentence() + ", according to a statement.";
            }
            case 4 -> {
                date = null;
                sentence = "As reported, " + lower(act.sentence()) + ".";
            }
            case 5 -> {
                date = String.format(Locale.ROOT, "%d-W%02d", act.day().get(IsoFields.WEEK_BASED_YEAR),
                        act.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                sentence = "This week " + lower(act.sentence()) + ".";
            }
            default -> {
            }
        }
        return new Event("pending", "pending", act.type(), null, issues, refs(actors), refs(recipients), date, null,
                null, null, new Evidence(sentence, 0, sentence.length()), null, 0.5 + random.nextInt(5) / 10.0, null);
    }

    private static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static List<ActorRef> refs(List<String> codes) {
        return codes.stream().map(code -> new ActorRef(code, null, code, null)).toList();
    }
}
