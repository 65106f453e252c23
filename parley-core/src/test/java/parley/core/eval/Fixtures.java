package parley.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import parley.model.ActorRef;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.Quote;

/** Small builders for gold and system events in tests, and the gold-as-system conversion. */
final class Fixtures {
    private Fixtures() {
    }

    /** Codes written "RUS,UKR"; an empty string is no actor. */
    static List<String> codes(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    static GoldEvent gold(EventType type, String actors, String recipients, String date, List<String> issues,
                          boolean optional, String evidence) {
        return new GoldEvent(type, null, issues, goldActors(actors), goldActors(recipients), date, null, evidence,
                optional);
    }

    static GoldEvent gold(EventType type, String actors, String recipients, String evidence) {
        return gold(type, actors, recipients, null, List.of(), false, evidence);
    }

    static Event system(EventType type, String actors, String recipients, String date, List<String> issues,
                        Aux aux, String evidence) {
        return new Event(null, "d", type, null, issues, refs(actors), refs(recipients), date, null, aux, null,
                new Evidence(evidence, 0, evidence.length()), null, 1.0, null);
    }

    static Event system(EventType type, String actors, String recipients, String evidence) {
        return system(type, actors, recipients, null, List.of(), null, evidence);
    }

    static GoldDocument document(String doc, List<GoldEvent> events, List<GoldQuote> quotes) {
        return new GoldDocument(doc, null, events, quotes);
    }

    static EvalReport score(List<GoldEvent> gold, List<Event> system) {
        return new Scorer().score(Map.of("d", document("d", gold, List.of())), Map.of("d", system), Map.of());
    }

    /** The gold coding of a document written as system output, to score the gold against itself. */
    static List<Event> goldAsSystemEvents(GoldDocument document) {
        List<Event> events = new ArrayList<>();
        for (GoldEvent gold : document.events()) {
            List<ActorRef> actors = gold.actor().stream().filter(GoldActor::coded)
                    .map(actor -> new ActorRef(actor.text(), actor.name(), actor.code(), actor.sector())).toList();
            List<ActorRef> recipients = gold.recipient().stream().filter(GoldActor::coded)
                    .map(actor -> new ActorRef(actor.text(), actor.name(), actor.code(), actor.sector())).toList();
            String sentence = gold.evidence() == null ? "" : gold.evidence();
            events.add(new Event(document.doc() + "#" + events.size(), document.doc(), gold.type(), gold.mode(),
                    gold.issues(), actors, recipients, gold.date(), null, gold.aux(), null,
                    new Evidence(sentence, 0, sentence.length()), null, 1.0, null));
        }
        return events;
    }

    static List<Quote> goldAsSystemQuotes(GoldDocument document) {
        return document.quotes().stream().map(quote -> new Quote(document.doc(), quote.speaker(), quote.speakerCode(),
                quote.text(), quote.date(), 0, quote.text().length())).toList();
    }

    private static List<GoldActor> goldActors(String commaSeparated) {
        return codes(commaSeparated).stream().map(code -> new GoldActor(null, null, code, null)).toList();
    }

    private static List<ActorRef> refs(String commaSeparated) {
        return codes(commaSeparated).stream().map(code -> new ActorRef(code, null, code, null)).toList();
    }
}
