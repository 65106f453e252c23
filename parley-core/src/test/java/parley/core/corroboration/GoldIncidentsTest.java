package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import parley.core.eval.GoldActor;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldEvent;
import parley.core.eval.GoldReader;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.Evidence;

/**
 * Corroborates the dev gold events as if a perfect coder had produced them. There is no gold for
 * incidents across articles, so this prints what forms and checks only the invariants: every
 * event lands in exactly one incident, and no incident holds two events of one article.
 */
class GoldIncidentsTest {

    @Test
    void corroboratesDevGoldEventsWithoutMergingTwoEventsOfOneArticle() {
        Optional<Path> gold = goldDirectory();
        Assumptions.assumeTrue(gold.isPresent(), "no shared/gold/dev above the working directory");
        Map<String, GoldDocument> documents = new GoldReader().readDirectory(gold.get());
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        int uncoded = 0;
        for (GoldDocument document : documents.values()) {
            articles.add(new Article(document.doc(), null, null, document.published(), null, "", null, null,
                    List.of()));
            int index = 0;
            for (GoldEvent goldEvent : document.events()) {
                Event event = toEvent(document.doc(), index++, goldEvent);
                if (event == null) {
                    uncoded++;
                } else {
                    events.add(event);
                }
            }
        }
        Corroboration found = Corroborator.corroborate(events, articles, Map.of());

        Set<String> seen = new HashSet<>();
        int crossArticle = 0;
        int largest = 0;
        for (Incident incident : found.incidents()) {
            assertThat(incident.articleIds()).as(incident.id()).hasSameSizeAs(incident.eventIds());
            seen.addAll(incident.eventIds());
            crossArticle += incident.articleIds().size() > 1 ? 1 : 0;
            largest = Math.max(largest, incident.eventIds().size());
        }
        assertThat(seen).hasSize(events.size());
        System.out.printf(Locale.ROOT, "corroboration on dev gold: %d documents, %d events (%d without a coded "
                        + "actor skipped) -> %d incidents, %d across articles, largest %d events, %d contradictions%n",
                documents.size(), events.size(), uncoded, found.incidents().size(), crossArticle, largest,
                found.contradictions().size());
        found.incidents().stream().filter(incident -> incident.articleIds().size() > 1).forEach(incident ->
                System.out.println("  " + incident.type() + " " + incident.actorCodes() + " -> "
                        + incident.recipientCodes() + " " + incident.issues() + " " + incident.date() + " "
                        + incident.articleIds()));
        found.contradictions().forEach(contradiction -> System.out.println("  contradiction: "
                + contradiction.reason()));
    }

    /** The gold event as a system event, or null when no actor has a code. */
    private static Event toEvent(String doc, int index, GoldEvent gold) {
        List<ActorRef> actors = refs(gold.actor());
        if (actors.isEmpty()) {
            return null;
        }
        String sentence = gold.evidence() == null ? "" : gold.evidence();
        return new Event(doc + "#" + index, doc, gold.type(), gold.mode(), gold.issues(), actors,
                refs(gold.recipient()), gold.date(), null, gold.aux(), null,
                new Evidence(sentence, 0, sentence.length()), null, 1.0, null);
    }

    private static List<ActorRef> refs(List<GoldActor> actors) {
        return actors.stream().filter(GoldActor::coded)
                .map(actor -> new ActorRef(actor.text(), actor.name(), actor.code(), actor.sector())).toList();
    }

    private static Optional<Path> goldDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("gold").resolve("dev");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
