package parley.core.eval;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import parley.model.EventType;

/**
 * The types of the gold events a sentence is the evidence of (events that must be coded; optional
 * ones are left out): what the proposer is taught. Gold evidence is matched to the sentence by its
 * words, punctuation and case ignored.
 */
public final class SentenceLabel {
    private SentenceLabel() {
    }

    public static Set<EventType> of(String sentence, GoldDocument gold) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        String words = normal(sentence);
        if (words.isEmpty()) {
            return types;
        }
        for (GoldEvent event : gold.events()) {
            if (!event.optional() && event.evidence() != null) {
                String evidence = normal(event.evidence());
                if (!evidence.isEmpty() && (words.contains(evidence) || evidence.contains(words) && words.length() > 40)) {
                    types.add(event.type());
                }
            }
        }
        return types;
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\p{Punct}\u201c\u201d\u2018\u2019\u2014\u2013]+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
