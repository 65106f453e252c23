package parley.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.model.Quote;

/**
 * Pairs the system quotes of one article with its gold quotes one to one: among the pairs whose
 * texts match ({@link QuoteText#matches}), the highest overlap ratio (overlap / shorter length)
 * first, then the longer overlap, then system order, then gold order.
 */
final class QuoteMatcher {
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparing(Pair::ratioOrder)
            .thenComparing(Comparator.comparingInt(Pair::overlap).reversed())
            .thenComparingInt(Pair::system)
            .thenComparingInt(Pair::gold);

    private QuoteMatcher() {
    }

    /**
     * A matched pair.
     *
     * @param system  index into the system quotes
     * @param gold    index into the gold quotes
     * @param overlap longest common substring of the normalised texts
     * @param shorter length of the shorter normalised text
     */
    record Pair(int system, int gold, int overlap, int shorter) {
        /** Orders by decreasing ratio, compared exactly as fractions. */
        Ratio ratioOrder() {
            return new Ratio(overlap, shorter);
        }
    }

    /** A fraction that sorts largest first. */
    record Ratio(long numerator, long denominator) implements Comparable<Ratio> {
        @Override
        public int compareTo(Ratio other) {
            return Long.compare(other.numerator * denominator, numerator * other.denominator);
        }
    }

    static List<Pair> pair(List<Quote> system, List<GoldQuote> gold) {
        List<String> systemTexts = system.stream().map(quote -> QuoteText.normalise(quote.text())).toList();
        List<String> goldTexts = gold.stream().map(quote -> QuoteText.normalise(quote.text())).toList();
        List<Pair> candidates = new ArrayList<>();
        for (int s = 0; s < systemTexts.size(); s++) {
            for (int g = 0; g < goldTexts.size(); g++) {
                String a = systemTexts.get(s);
                String b = goldTexts.get(g);
                int shorter = Math.min(a.length(), b.length());
                int overlap = QuoteText.overlap(a, b);
                if (QuoteText.enough(overlap, shorter)) {
                    candidates.add(new Pair(s, g, overlap, shorter));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        List<Pair> taken = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!usedSystem.contains(pair.system()) && !usedGold.contains(pair.gold())) {
                usedSystem.add(pair.system());
                usedGold.add(pair.gold());
                taken.add(pair);
            }
        }
        return taken;
    }
}
