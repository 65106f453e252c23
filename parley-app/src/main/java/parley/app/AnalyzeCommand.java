package parley.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.ingest.Inputs;
import parley.core.pipeline.StageTimes;
import parley.core.positions.PositionTracker;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.core.store.Page;
import parley.core.store.WorkspaceSummary;
import parley.core.workspace.WorkspaceIngest;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.SkippedInput;
import parley.pipeline.Parley;
import parley.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley analyze}: reads, codes and stores articles in the workspace, then reports. The
 * articles stream from the readers through the coder into the store (a large WARC is never held
 * in memory); what becomes of each is decided by the ingest service ({@link WorkspaceIngest}: the
 * language policy, repeated ids, articles and copies already stored, syndicated copies, skips),
 * and each coded article is stored with its events and quotes in one transaction. Re-running on
 * the same input adds nothing twice and a killed run resumes; several runs may write to one
 * PostgreSQL workspace at once.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read, code and store articles in the workspace, then print a report. Copies of an "
                + "article (exact or near duplicates) are stored once and recorded as syndications.")
final class AnalyzeCommand implements Callable<Integer> {
    /** How a run shows its progress. */
    enum ProgressMode { bar, lines, none }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".txt, .html, .jsonl, RSS/Atom, WARC files and folders of them.")
    List<Path> inputs;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    CodingOptions coding;

    @Option(names = "--quiet", description = "No progress (same as --progress none).")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "MODE",
            description = "bar: megabytes of input read, MB/s, articles/s and time left, on standard error; "
                    + "lines: one line per stored article, copy and skip on standard error, for logs; "
                    + "none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progressMode = ProgressMode.bar;

    @Override
    public Integer call() {
        ProgressMode mode = quiet ? ProgressMode.none : progressMode;
        Parley.startLoading(coding.cacheDirectory());
        try (JdbcEventStore store = workspace.open()) {
            WorkspaceIngest ingest = new WorkspaceIngest(store, Parley.duplicates(), Parley.languagePolicy(),
                    mode == ProgressMode.lines ? System.err::println : null, WorkspaceIngest.SKIPS_KEPT);
            var annotator = Parley.annotator(coding.cacheDirectory());
            var coder = Parley.coder(Parley.actors(coding.actorFiles, workspace.data), annotator, new StageTimes());
            long start = System.nanoTime();
            try (RunProgress progress = mode == ProgressMode.bar
                    ? RunProgress.bytes(Inputs.totalBytes(inputs), System.err) : RunProgress.off()) {
                new CodingRunner(coder, coding.threads).run(ReadResult.everyLanguage(inputs), handler(ingest), progress);
            }
            report(store, ingest, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    /** The coding run's side of the ingest service: decisions on the reading thread, the rest in input order. */
    static CodingRunner.Handler handler(WorkspaceIngest ingest) {
        return new CodingRunner.Handler() {
            @Override
            public CodingRunner.Admission admit(Article article) {
                WorkspaceIngest.Decision decision = ingest.decide(article);
                return decision.toCode() != null ? CodingRunner.Admission.code(decision.toCode())
                        : CodingRunner.Admission.instead(() -> ingest.carryOut(decision));
            }

            @Override
            public void coded(CodedArticle coded) {
                ingest.coded(coded);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                ingest.skipped(skipped);
            }
        };
    }

    private void report(EventStore store, WorkspaceIngest ingest, double seconds) {
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%nRead %d articles in %.1f s: %d new (%d stored), %d already in the workspace, "
                        + "%d syndicated copies (%d recorded now, %d before); %d inputs skipped.%n",
                ingest.read(), seconds, ingest.fresh(), ingest.stored(), ingest.alreadyStored(),
                ingest.copies() + ingest.copiesBefore(), ingest.copies(), ingest.copiesBefore(), ingest.skippedCount());
        if (ingest.skippedCount() > 0) {
            out.println();
            out.println("Skipped:");
            Reports.printSkipped(out, ingest.firstSkips());
            if (ingest.skippedCount() > ingest.firstSkips().size()) {
                out.printf(Locale.ROOT, "... and %d more (`parley skipped` lists them all). By reason: %s%n",
                        ingest.skippedCount() - ingest.firstSkips().size(), ingest.skipsByReason());
            }
        }
        WorkspaceSummary summary = store.summary();
        out.printf(Locale.ROOT, "%nWorkspace %s: %d articles, %d syndicated copies, %d events, %d quotes, %d incidents.%n",
                workspace.describe(), summary.articles(), summary.syndications(), summary.events(), summary.quotes(),
                summary.incidents());
        if (summary.events() == 0) {
            return;
        }
        out.println();
        out.println("Events by type:");
        Reports.eventsByType(out, summary.eventsByType());
        List<Event> recent = new ArrayList<>();
        String after = null;
        // The ten latest asserted events (hypothetical and negated acts did not happen), oldest first.
        do {
            Page<Event> page = store.chronology(Filter.none(), true, after, 50);
            page.items().stream().filter(Event::asserted).limit(10L - recent.size()).forEach(recent::add);
            after = page.next();
        } while (after != null && recent.size() < 10);
        java.util.Collections.reverse(recent);
        out.println();
        out.println("Timeline (the ten most recent events):");
        Reports.timeline(out, recent, sources(store, recent), 60);
        out.println();
        out.println("Positions (latest stance of each actor on each issue):");
        Reports.positions(out, Page.collect((key, limit) -> PositionTracker.latest(store, Filter.none(), null,
                PositionTracker.keyAfter(key), limit), 0));
    }

    /** Source labels of the articles of these events only: the workspace's texts stay on disk. */
    static Map<String, String> sources(EventStore store, List<Event> events) {
        Map<String, String> labels = new HashMap<>();
        for (Event event : events) {
            if (event.doc() != null && !labels.containsKey(event.doc())) {
                store.article(event.doc()).ifPresent(article -> labels.put(article.id(), Sources.label(article)));
            }
        }
        return labels;
    }
}
