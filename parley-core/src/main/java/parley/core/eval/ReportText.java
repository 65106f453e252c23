package parley.core.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import parley.model.EventType;

/** Formats an {@link EvalReport} as aligned plain text. */
final class ReportText {
    private static final String ROW = "%-10s %6s %6s %6s %7s %7s %7s%n";

    private ReportText() {
    }

    static String format(EvalReport report, boolean withErrors) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Documents scored: %d (system output for %d other document(s) ignored)%n",
                report.documents(), report.unscoredDocs()));
        out.append(String.format(Locale.ROOT,
                "Optional gold events: %d, paired with system events: %d. System events dropped as hypothetical/negation: %d%n%n",
                report.optionalGoldEvents(), report.optionalPairs(), report.droppedSystemEvents()));

        out.append("Events\n");
        out.append(String.format(Locale.ROOT, ROW, "type", "TP", "FP", "FN", "P", "R", "F1"));
        row(out, "ALL", report.events());
        for (Map.Entry<EventType, Counts> entry : report.perType().entrySet()) {
            row(out, entry.getKey().name(), entry.getValue());
        }

        PairScores pairs = report.pairs();
        out.append(String.format(Locale.ROOT, "%nPaired events (true positives): %d%n", pairs.pairs()));
        figure(out, "date accuracy", pairs.dateAccuracy(), pairs.datesCorrect(), pairs.pairs());
        figure(out, "date accuracy, gold dated", pairs.dateAccuracyWhereGoldDated(), pairs.datesCorrect(),
                pairs.pairsWithGoldDate());
        figure(out, "issue accuracy", pairs.issueAccuracy(), pairs.issueSetsEqual(), pairs.pairs());
        Counts issues = pairs.issueMemberships();
        out.append(String.format(Locale.ROOT, "  %-28s %6.3f  (P %.3f  R %.3f; TP %d FP %d FN %d)%n", "issue F1",
                pairs.issueF1(), issues.precision(), issues.recall(), issues.truePositives(), issues.falsePositives(),
                issues.falseNegatives()));

        QuoteScores quotes = report.quotes();
        out.append("\nQuotes\n");
        figure(out, "recall", quotes.recall(), quotes.matched(), quotes.goldQuotes());
        figure(out, "precision", quotes.precision(), quotes.matched(), quotes.systemQuotes());
        figure(out, "attribution accuracy", quotes.attributionAccuracy(), quotes.attributionCorrect(), quotes.matched());

        if (withErrors) {
            errors(out, report.errors());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Counts counts) {
        out.append(String.format(Locale.ROOT, ROW, label, counts.truePositives(), counts.falsePositives(),
                counts.falseNegatives(), decimal(counts.precision()), decimal(counts.recall()), decimal(counts.f1())));
    }

    private static void figure(StringBuilder out, String label, double value, int numerator, int denominator) {
        out.append(String.format(Locale.ROOT, "  %-28s %6.3f  (%d/%d)%n", label, value, numerator, denominator));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static void errors(StringBuilder out, EvalErrors errors) {
        out.append(String.format(Locale.ROOT, "%nFalse positives (%d)%n", errors.falsePositives().size()));
        errors.falsePositives().forEach(error -> event(out, error));
        out.append(String.format(Locale.ROOT, "%nMisses (%d)%n", errors.misses().size()));
        errors.misses().forEach(error -> event(out, error));
        out.append(String.format(Locale.ROOT, "%nDate errors on pairs (%d)%n", errors.dateErrors().size()));
        for (EvalErrors.DateError error : errors.dateErrors()) {
            out.append(String.format(Locale.ROOT, "  %s %-9s gold %-10s system %-10s | %s%n", error.doc(), error.type(),
                    error.goldDate(), error.systemDate(), error.goldEvidence()));
        }
        out.append(String.format(Locale.ROOT, "%nIssue errors on pairs (%d)%n", errors.issueErrors().size()));
        for (EvalErrors.IssueError error : errors.issueErrors()) {
            out.append(String.format(Locale.ROOT, "  %s %-9s gold %s system %s | %s%n", error.doc(), error.type(),
                    error.goldIssues(), error.systemIssues(), error.goldEvidence()));
        }
        quotes(out, "Missed quotes", errors.missedQuotes());
        quotes(out, "Spurious quotes", errors.spuriousQuotes());
        out.append(String.format(Locale.ROOT, "%nAttribution errors (%d)%n", errors.attributionErrors().size()));
        for (EvalErrors.AttributionError error : errors.attributionErrors()) {
            out.append(String.format(Locale.ROOT, "  %s gold %s (%s) system %s (%s) | %s%n", error.doc(),
                    error.goldSpeaker(), error.goldSpeakerCode(), error.systemSpeaker(), error.systemSpeakerCode(),
                    error.text()));
        }
    }

    private static void event(StringBuilder out, EvalErrors.EventError error) {
        out.append(String.format(Locale.ROOT, "  %s %-9s %s -> %s  %s%s | %s%n", error.doc(), error.type(),
                codes(error.actors()), codes(error.recipients()), error.date(),
                error.rule() == null ? "" : " [" + error.rule() + "]", error.evidence()));
    }

    private static void quotes(StringBuilder out, String title, List<EvalErrors.QuoteError> quotes) {
        out.append(String.format(Locale.ROOT, "%n%s (%d)%n", title, quotes.size()));
        for (EvalErrors.QuoteError quote : quotes) {
            out.append(String.format(Locale.ROOT, "  %s %s (%s) | %s%n", quote.doc(), quote.speaker(),
                    quote.speakerCode(), quote.text()));
        }
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? "-" : String.join(",", codes);
    }
}
