package parley.core.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;

/**
 * Scores system events and quotes against gold with the rules of FORMAT.md, section "Scoring".
 *
 * <ul>
 *   <li>Only documents present in the gold are scored; system output for any other document is
 *       ignored and counted in {@link EvalReport#unscoredDocs()}. A gold document without system
 *       output has all its non-optional events missed.</li>
 *   <li>System events whose {@code aux} is hypothetical or negation are dropped first.</li>
 *   <li>Per document, events are paired one to one by {@link EventMatcher}: same type, sharing an
 *       actor code (EU = EUR, for recipients too), sharing a recipient code when the gold has a
 *       recipient; best score first (shared actors + shared recipients + 2 for a correct date + 1
 *       for equal issue sets), then non-optional gold first, then system order, then gold order.</li>
 *   <li>A pair with non-optional gold is a true positive, an unpaired non-optional gold event a
 *       miss, an unpaired system event a false positive; a pair with optional gold is neither.
 *       Per type, TP and FN go by the gold type (equal to the system type in a pair) and FP by
 *       the system type.</li>
 *   <li>Date and issue figures are taken over true-positive pairs only (see {@link PairScores}).</li>
 *   <li>Quotes are matched one to one by {@link QuoteMatcher}; attribution by {@link Speakers}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {

    /**
     * Scores the system output.
     *
     * @param gold         gold documents by doc id
     * @param systemEvents system events by doc id (in output order; order breaks ties)
     * @param systemQuotes system quotes by doc id
     * @return the scores and every error behind them
     */
    public EvalReport score(Map<String, GoldDocument> gold, Map<String, List<Event>> systemEvents,
                            Map<String, List<Quote>> systemQuotes) {
        if (gold == null || systemEvents == null || systemQuotes == null) {
            throw new IllegalArgumentException("gold, systemEvents and systemQuotes must not be null (use empty maps)");
        }
        Tally tally = new Tally();
        // Sorted so that error lists come out in a stable document order whatever map is passed.
        for (Map.Entry<String, GoldDocument> entry : new TreeMap<>(gold).entrySet()) {
            String doc = entry.getKey();
            scoreEvents(doc, entry.getValue().events(), systemEvents.getOrDefault(doc, List.of()), tally);
            scoreQuotes(doc, entry.getValue().quotes(), systemQuotes.getOrDefault(doc, List.of()), tally);
        }
        Set<String> unscored = new HashSet<>(systemEvents.keySet());
        unscored.addAll(systemQuotes.keySet());
        unscored.removeAll(gold.keySet());
        return tally.report(gold.size(), unscored.size());
    }

    private static void scoreEvents(String doc, List<GoldEvent> gold, List<Event> output, Tally tally) {
        List<Event> system = new ArrayList<>();
        for (Event event : output) {
            if (event.asserted()) {
                system.add(event);
            } else {
                tally.dropped++;
            }
        }
        boolean[] systemPaired = new boolean[system.size()];
        boolean[] goldPaired = new boolean[gold.size()];
        for (EventMatcher.Pair pair : EventMatcher.pair(system, gold)) {
            systemPaired[pair.system()] = true;
            goldPaired[pair.gold()] = true;
            GoldEvent goldEvent = gold.get(pair.gold());
            if (goldEvent.optional()) {
                tally.optionalPairs++;
            } else {
                tally.truePositive(doc, goldEvent, system.get(pair.system()));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldEvent event = gold.get(g);
            if (event.optional()) {
                tally.optionalGold++;
            } else if (!goldPaired[g]) {
                tally.type(event.type())[2]++;
                tally.misses.add(new EvalErrors.EventError(doc, event.type(), goldCodes(event.actor()),
                        goldCodes(event.recipient()), event.date(), event.evidence(), null));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!systemPaired[s]) {
                Event event = system.get(s);
                tally.type(event.type())[1]++;
                tally.falsePositives.add(new EvalErrors.EventError(doc, event.type(), systemCodes(event.actor()),
                        systemCodes(event.recipient()), event.date(), event.evidence().sentence(),
                        event.provenance() == null ? null : event.provenance().rule()));
            }
        }
    }

    private static void scoreQuotes(String doc, List<GoldQuote> gold, List<Quote> system, Tally tally) {
        tally.goldQuotes += gold.size();
        tally.systemQuotes += system.size();
        boolean[] systemMatched = new boolean[system.size()];
        boolean[] goldMatched = new boolean[gold.size()];
        for (QuoteMatcher.Pair pair : QuoteMatcher.pair(system, gold)) {
            systemMatched[pair.system()] = true;
            goldMatched[pair.gold()] = true;
            tally.matchedQuotes++;
            GoldQuote goldQuote = gold.get(pair.gold());
            Quote systemQuote = system.get(pair.system());
            if (Speakers.attributionCorrect(goldQuote.speaker(), goldQuote.speakerCode(), systemQuote.speaker(),
                    systemQuote.speakerCode())) {
                tally.attributionCorrect++;
            } else {
                tally.attributionErrors.add(new EvalErrors.AttributionError(doc, goldQuote.text(), goldQuote.speaker(),
                        goldQuote.speakerCode(), systemQuote.speaker(), systemQuote.speakerCode()));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                GoldQuote quote = gold.get(g);
                tally.missedQuotes.add(new EvalErrors.QuoteError(doc, quote.speaker(), quote.speakerCode(), quote.text()));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!systemMatched[s]) {
                Quote quote = system.get(s);
                tally.spuriousQuotes.add(new EvalErrors.QuoteError(doc, quote.speaker(), quote.speakerCode(),
                        quote.text()));
            }
        }
    }

    private static List<String> goldCodes(List<GoldActor> actors) {
        return actors.stream().filter(GoldActor::coded).map(GoldActor::code).toList();
    }

    private static List<String> systemCodes(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::code).toList();
    }

    /** Running totals over the scored documents. */
    private static final class Tally {
        private final Map<EventType, int[]> perType = new EnumMap<>(EventType.class);
        private final List<EvalErrors.EventError> falsePositives = new ArrayList<>();
        private final List<EvalErrors.EventError> misses = new ArrayList<>();
        private final List<EvalErrors.DateError> dateErrors = new ArrayList<>();
        private final List<EvalErrors.IssueError> issueErrors = new ArrayList<>();
        private final List<EvalErrors.QuoteError> missedQuotes = new ArrayList<>();
        private final List<EvalErrors.QuoteError> spuriousQuotes = new ArrayList<>();
        private final List<EvalErrors.AttributionError> attributionErrors = new ArrayList<>();
        private int dropped;
        private int optionalGold;
        private int optionalPairs;
        private int pairs;
        private int datesCorrect;
        private int pairsWithGoldDate;
        private int issueSetsEqual;
        private int issueTruePositives;
        private int issueFalsePositives;
        private int issueFalseNegatives;
        private int goldQuotes;
        private int systemQuotes;
        private int matchedQuotes;
        private int attributionCorrect;

        /** TP, FP, FN of one type. */
        int[] type(EventType type) {
            return perType.computeIfAbsent(type, key -> new int[3]);
        }

        void truePositive(String doc, GoldEvent gold, Event system) {
            type(gold.type())[0]++;
            pairs++;
            if (gold.date() != null) {
                pairsWithGoldDate++;
            }
            if (DateMatch.correct(gold.date(), system.date())) {
                datesCorrect++;
            } else {
                dateErrors.add(new EvalErrors.DateError(doc, gold.type(), gold.date(), system.date(), gold.evidence()));
            }
            Set<String> goldIssues = Set.copyOf(gold.issues());
            Set<String> systemIssues = Set.copyOf(system.issues());
            if (goldIssues.equals(systemIssues)) {
                issueSetsEqual++;
            } else {
                issueErrors.add(new EvalErrors.IssueError(doc, gold.type(), gold.issues(), system.issues(),
                        gold.evidence()));
            }
            for (String issue : systemIssues) {
                if (goldIssues.contains(issue)) {
                    issueTruePositives++;
                } else {
                    issueFalsePositives++;
                }
            }
            for (String issue : goldIssues) {
                if (!systemIssues.contains(issue)) {
                    issueFalseNegatives++;
                }
            }
        }

        EvalReport report(int documents, int unscoredDocs) {
            Map<EventType, Counts> counts = new EnumMap<>(EventType.class);
            Counts all = Counts.ZERO;
            for (Map.Entry<EventType, int[]> entry : perType.entrySet()) {
                int[] value = entry.getValue();
                Counts typeCounts = new Counts(value[0], value[1], value[2]);
                counts.put(entry.getKey(), typeCounts);
                all = all.plus(typeCounts);
            }
            PairScores pairScores = new PairScores(pairs, datesCorrect, pairsWithGoldDate, issueSetsEqual,
                    new Counts(issueTruePositives, issueFalsePositives, issueFalseNegatives));
            QuoteScores quoteScores = new QuoteScores(goldQuotes, systemQuotes, matchedQuotes, attributionCorrect);
            EvalErrors errors = new EvalErrors(falsePositives, misses, dateErrors, issueErrors, missedQuotes,
                    spuriousQuotes, attributionErrors);
            return new EvalReport(documents, unscoredDocs, optionalGold, optionalPairs, dropped, all, counts,
                    pairScores, quoteScores, errors);
        }
    }
}
