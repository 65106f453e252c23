package parley.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.model.ActorRef;
import parley.model.Event;

/**
 * Pairs the system events of one article with its gold events, one to one and greedily, best pair
 * first (FORMAT.md, Scoring). Callers drop hypothetical and negated system events before.
 */
final class EventMatcher {
    /** Tie-breaks of equal scores: non-optional gold first, then system order, then gold order. */
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingInt(Pair::score).reversed()
            .thenComparing(Pair::goldOptional)
            .thenComparingInt(Pair::system)
            .thenComparingInt(Pair::gold);

    private EventMatcher() {
    }

    /**
     * A chosen pair.
     *
     * @param system       index into the system list
     * @param gold         index into the gold list
     * @param score        the pair's score
     * @param goldOptional whether the gold event is optional
     */
    record Pair(int system, int gold, int score, boolean goldOptional) {
    }

    /** The pairs taken, in the order the greedy walk took them. */
    static List<Pair> pair(List<Event> system, List<GoldEvent> gold) {
        List<Pair> allowed = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) {
            for (int g = 0; g < gold.size(); g++) {
                int score = score(system.get(s), gold.get(g));
                if (score >= 0) {
                    allowed.add(new Pair(s, g, score, gold.get(g).optional()));
                }
            }
        }
        allowed.sort(BEST_FIRST);
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        List<Pair> taken = new ArrayList<>();
        for (Pair pair : allowed) {
            if (!usedSystem.contains(pair.system()) && !usedGold.contains(pair.gold())) {
                usedSystem.add(pair.system());
                usedGold.add(pair.gold());
                taken.add(pair);
            }
        }
        return taken;
    }

    /**
     * The score of the pair, or -1 when it is not allowed: shared actor codes + shared recipient
     * codes + 2 if the date is correct + 1 if the issue sets are equal.
     */
    static int score(Event system, GoldEvent gold) {
        if (system.type() != gold.type()) {
            return -1;
        }
        int sharedActors = Codes.shared(Codes.of(system.actor(), ActorRef::code), Codes.of(gold.actor(), GoldActor::code));
        if (sharedActors == 0) {
            return -1;
        }
        Set<String> goldRecipients = Codes.of(gold.recipient(), GoldActor::code);
        int sharedRecipients = Codes.shared(Codes.of(system.recipient(), ActorRef::code), goldRecipients);
        // A gold event without (coded) recipient accepts any system recipient, or none.
        if (!goldRecipients.isEmpty() && sharedRecipients == 0) {
            return -1;
        }
        return sharedActors + sharedRecipients
                + (DateMatch.correct(gold.date(), system.date()) ? 2 : 0)
                + (issuesEqual(system, gold) ? 1 : 0);
    }

    static boolean issuesEqual(Event system, GoldEvent gold) {
        return Set.copyOf(system.issues()).equals(Set.copyOf(gold.issues()));
    }
}
