package parley.core.corroboration;

import java.time.LocalDate;
import java.util.List;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;

/** Small builders for corroboration tests: events with only what merging looks at. */
final class Events {
    private Events() {
    }

    static Event event(String id, String doc, EventType type, List<String> actors, List<String> recipients,
                       List<String> issues, String date) {
        return event(id, doc, type, actors, recipients, issues, date, 0.5, null);
    }

    static Event event(String id, String doc, EventType type, List<String> actors, List<String> recipients,
                       List<String> issues, String date, double confidence, Aux aux) {
        String sentence = "Report " + id + " of " + type + ".";
        return new Event(id, doc, type, null, issues, refs(actors), refs(recipients), date, null, aux, null,
                new Evidence(sentence, 0, sentence.length()), null, confidence, null);
    }

    static Article article(String id, String source, String url, LocalDate published) {
        return new Article(id, url, source, published, null, "Text of " + id + ".", "en", null, List.of());
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<ActorRef> refs(List<String> codes) {
        return codes.stream().map(code -> new ActorRef(code, null, code, null)).toList();
    }
}
