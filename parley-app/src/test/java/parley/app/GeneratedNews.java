package parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import parley.core.json.Json;

/**
 * A generated news stream in JSON Lines, written for tests of whole runs: original reports built
 * from a few dozen template sentences with varied people, places, dates and numbers (so that two
 * originals share only a few word triples), exact copies of some of them under another outlet's id
 * and URL, near copies (one sentence rewritten, an outlet's closing line added), and a few bad
 * records: a line that is not JSON, a report in French, and an id used twice.
 */
final class GeneratedNews {
    private static final List<String> FIRST = List.of("Anna", "Boris", "Carla", "Dmytro", "Elif", "Farid", "Greta",
            "Hassan", "Irina", "Jonas", "Kemal", "Lena", "Marek", "Nadia", "Oleg", "Petra");
    private static final List<String> LAST = List.of("Kovalenko", "Schmidt", "Yilmaz", "Novak", "Haddad", "Lindqvist",
            "Petrov", "Moreau", "Rossi", "Kaya", "Horvath", "Weber", "Bondar", "Sato", "Silva", "Meyer");
    private static final List<String> PLACES = List.of("Istanbul", "Geneva", "Vienna", "Doha", "Riyadh", "Oslo",
            "Helsinki", "Ankara", "Warsaw", "Cairo", "Baku", "Rome", "Minsk", "Tallinn", "Bern", "Muscat");
    private static final List<String> SIDES = List.of("Ukraine", "Russia", "Turkey", "Qatar", "Norway", "Egypt",
            "Poland", "Finland", "Austria", "Switzerland", "Italy", "Oman", "Estonia", "Azerbaijan");
    private static final List<String> TOPICS = List.of("a ceasefire", "a prisoner exchange", "grain exports",
            "the nuclear plant", "humanitarian corridors", "the return of children", "sanctions relief",
            "a maritime truce", "energy infrastructure", "the front line");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> TEMPLATES = List.of(
            "Delegations from {side} and {side} met in {place} on {day} to discuss {topic}.",
            "{person}, the chief negotiator, said the talks on {topic} would resume within {n} days.",
            "Officials in {place} confirmed that {n} detainees had been released under the agreement.",
            "{side} rejected a proposal from {side} on {topic}, calling it unrealistic.",
            "According to {person}, at least {n} people were evacuated from {place} overnight.",
            "The foreign minister of {side} is expected to travel to {place} next {day}.",
            "{person} told reporters that {side} wanted guarantees before signing anything about {topic}.",
            "Mediators from {side} offered to host a new round in {place} in the coming weeks.",
            "A spokesperson for {side} accused {side} of breaking the pause near {place}.",
            "Observers counted {n} violations of the truce around {place} since {day}.",
            "{person} of {side} welcomed the progress on {topic} but warned against haste.",
            "Both sides agreed to set up a working group on {topic} led by {person}.",
            "The next meeting on {topic} is planned in {place} on {date}.",
            "Aid convoys carrying {n} tonnes of supplies reached {place} on {day}.",
            "{side} said it had drafted a memorandum on {topic} and sent it to {side}.",
            "Analyst {person} said the deal on {topic} could collapse if {side} walks away.",
            "{n} delegates attended the closing session in {place}, chaired by {person}.",
            "The talks in {place} ended on {date} without a joint statement on {topic}.");

    /** What the stream holds, for a test to compare a workspace with. */
    record Expected(List<String> originals, Map<String, String> copies, int exactCopies, int nearCopies,
                    List<String> skipReasons) {
    }

    private GeneratedNews() {
    }

    /**
     * Writes {@code originals} reports plus {@code originals / 10} exact and as many near copies,
     * and three bad records, to {@code file}.
     */
    static Expected write(Path file, int originals, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        List<String> originalIds = new ArrayList<>();
        Map<String, String> copies = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        int copiesEach = originals / 10;
        int exact = 0;
        int near = 0;
        for (int i = 0; i < originals; i++) {
            String id = String.format("wire-%04d", i);
            LocalDate published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
            String text = report(random, published);
            texts.add(text);
            originalIds.add(id);
            lines.add(record(id, "https://wire.example/" + id, "Wire Service", published, text));
            // A copy of an earlier original every few records, so that copies come after their
            // original at varying distances (some in a later run of a resumed job).
            if (i % 5 == 4 && exact + near < 2 * copiesEach) {
                int of = random.nextInt(i + 1);
                String originalId = originalIds.get(of);
                boolean exactCopy = exact < copiesEach && (near >= copiesEach || random.nextBoolean());
                String copyId = String.format("%s-copy-%04d", exactCopy ? "mirror" : "daily", i);
                String copyText = exactCopy ? texts.get(of) : nearCopy(random, texts.get(of), published);
                lines.add(record(copyId, "https://daily.example/" + copyId, exactCopy ? "Mirror" : "Daily Example",
                        published, copyText));
                copies.put(copyId, originalId);
                if (exactCopy) {
                    exact++;
                } else {
                    near++;
                }
            }
        }
        lines.add(lines.size() / 2, "{\"id\": \"broken\", \"text\": ");
        lines.add(lines.size() / 3, record("rapport-fr", null, "Le Quotidien", LocalDate.of(2025, 3, 2),
                "Les délégations se sont réunies à Genève lundi pour discuter d'un cessez-le-feu. Le ministre a "
                        + "déclaré que les pourparlers reprendraient dans dix jours et que les deux parties avaient "
                        + "accepté un échange de prisonniers."));
        lines.add(record(originalIds.get(3), null, "Wire Service", LocalDate.of(2025, 3, 3),
                "A second report that reuses the id of another one. " + report(random, LocalDate.of(2025, 3, 3))));
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(List.copyOf(originalIds), Map.copyOf(copies), exact, near,
                List.of("bad-json", "language", "duplicate-id"));
    }

    /** A generated report of seven sentences in four paragraphs, the same for the same seed. */
    static String report(long seed) {
        Random random = new Random(seed);
        return report(random, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300)));
    }

    /** {@code text} lightly edited (one sentence rewritten, a closing line added): a near copy. */
    static String nearCopy(long seed, String text) {
        return nearCopy(new Random(seed), text, LocalDate.of(2025, 6, 1));
    }

    private static String report(Random random, LocalDate published) {
        StringBuilder text = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < TEMPLATES.size(); t++) {
            order.add(t);
        }
        Collections.shuffle(order, random);
        for (int s = 0; s < 7; s++) {
            text.append(sentence(random, TEMPLATES.get(order.get(s)), published));
            text.append(s % 2 == 1 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    /** The text with one sentence rewritten and an outlet's closing line: the same story, lightly edited. */
    private static String nearCopy(Random random, String text, LocalDate published) {
        String[] paragraphs = text.split("\n\n");
        String kept = paragraphs[1].substring(0, paragraphs[1].indexOf(". ") + 2);
        paragraphs[1] = kept + sentence(random, TEMPLATES.get(random.nextInt(TEMPLATES.size())), published);
        return String.join("\n\n", paragraphs) + "\n\nThis report was first published by Wire Service and edited "
                + "by our desk.";
    }

    private static String sentence(Random random, String template, LocalDate published) {
        String s = template;
        while (s.contains("{")) {
            int open = s.indexOf('{');
            int close = s.indexOf('}', open);
            String slot = s.substring(open + 1, close);
            String value = switch (slot) {
                case "person" -> pick(random, FIRST) + " " + pick(random, LAST);
                case "side" -> pick(random, SIDES);
                case "place" -> pick(random, PLACES);
                case "topic" -> pick(random, TOPICS);
                case "day" -> pick(random, DAYS);
                case "n" -> Integer.toString(12 + random.nextInt(988));
                case "date" -> published.plusDays(1 + random.nextInt(40)).toString();
                default -> throw new IllegalStateException("unknown slot " + slot);
            };
            s = s.substring(0, open) + value + s.substring(close + 1);
        }
        return s;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String record(String id, String url, String source, LocalDate published, String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        if (url != null) {
            fields.put("url", url);
        }
        fields.put("source", source);
        fields.put("published", published.toString());
        fields.put("text", text);
        try {
            return Json.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
