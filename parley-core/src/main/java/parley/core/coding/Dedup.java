package parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * One event per act per article (CODEBOOK.md section 1): the same type by the same actors, toward
 * compatible recipients (the same, overlapping, or unnamed in one telling), is the same act told
 * again — a lead that sums up the body, a repeated statement — unless both tellings give different
 * explicit dates. The first telling is kept; recipients are joined, and an explicit date wins over
 * a date taken from context.
 */
final class Dedup {
    private Dedup() {
    }

    static List<Event> merge(String doc, List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event event : events) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameAct(kept.get(i), event)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(event);
            } else {
                kept.set(same, combine(kept.get(same), event));
            }
        }
        List<Event> numbered = new ArrayList<>();
        for (Event event : kept) {
            numbered.add(event.withId(doc + "#" + (numbered.size() + 1)));
        }
        return numbered;
    }

    private static boolean sameAct(Event a, Event b) {
        boolean sameSentence = a.evidence().start() == b.evidence().start();
        TreeSet<String> aa = codes(a.actor());
        TreeSet<String> ba = codes(b.actor());
        // In one sentence, "a phone call between Putin and Trump, during which they discussed the
        // truce" tells one act even when one telling names fewer of its actors.
        boolean actorsFit = aa.equals(ba) || sameSentence && (aa.containsAll(ba) || ba.containsAll(aa));
        if (a.type() != b.type() || !Objects.equals(a.aux(), b.aux()) || !actorsFit) {
            return false;
        }
        TreeSet<String> ra = codes(a.recipient());
        TreeSet<String> rb = codes(b.recipient());
        boolean recipientsFit = ra.isEmpty() || rb.isEmpty() || ra.stream().anyMatch(rb::contains);
        boolean datesFit = (a.dateText() == null || b.dateText() == null || Objects.equals(a.date(), b.date()))
                && sameYear(a.date(), b.date()); // "refused on Monday" is not "rejected in April 2023"
        // "signed an agreement" and "signed separate agreements on energy" are two acts.
        // One sentence rarely tells two acts of one type by the same actors: "issued a warning to
        // the United States, threatening retaliation if hostilities continued" is one threat.
        boolean issuesFit = sameSentence || a.issues().isEmpty() == b.issues().isEmpty()
                && (a.issues().isEmpty() || a.issues().stream().anyMatch(b.issues()::contains));
        return recipientsFit && datesFit && issuesFit;
    }

    private static boolean sameYear(String a, String b) {
        return a == null || b == null || a.length() < 4 || b.length() < 4 || a.substring(0, 4).equals(b.substring(0, 4));
    }

    private static Event combine(Event first, Event later) {
        Map<String, ActorRef> recipients = new LinkedHashMap<>();
        first.recipient().forEach(r -> recipients.putIfAbsent(r.code(), r));
        later.recipient().forEach(r -> recipients.putIfAbsent(r.code(), r));
        boolean laterDate = first.dateText() == null && later.dateText() != null;
        List<String> issues = new ArrayList<>(first.issues());
        if (first.evidence().start() == later.evidence().start()) {
            // one act told twice in one sentence ("launched an offensive, seizing Goma") is about both
            later.issues().stream().filter(issue -> !issues.contains(issue)).forEach(issues::add);
        }
        return new Event(null, first.doc(), first.type(), first.mode(), issues, first.actor(),
                List.copyOf(recipients.values()), laterDate ? later.date() : first.date(),
                laterDate ? later.dateText() : first.dateText(), first.aux(), first.location(), first.evidence(),
                first.quote(), first.confidence(), first.provenance());
    }

    private static TreeSet<String> codes(List<ActorRef> refs) {
        TreeSet<String> codes = new TreeSet<>();
        refs.forEach(ref -> codes.add(ref.code()));
        return codes;
    }
}
