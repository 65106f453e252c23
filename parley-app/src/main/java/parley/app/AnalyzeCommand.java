package parley.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.ingest.Inputs;
import parley.core.pipeline.StageTimes;
import parley.core.positions.PositionTracker;
import parley.core.store.EventQuery;
import parley.core.time.IsoDates;
import parley.model.Event;
import parley.store.H2EventStore;
import parley.store.WorkspaceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley analyze}: reads, codes and stores articles in the workspace, then reports. The
 * articles stream from the readers through the coder into the store (a large WARC is never held
 * in memory); each is stored with its events and quotes in one transaction, copies of an article
 * are recorded as its syndications, and skips are recorded with their reason (see {@link
 * WorkspaceIngest}). Articles and copies already in the workspace are passed over, so re-running
 * on the same input adds nothing twice and a killed run resumes.
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
        try (H2EventStore store = workspace.open()) {
            WorkspaceIngest ingest = new WorkspaceIngest(store, mode == ProgressMode.lines ? System.err : null);
            var coder = Parley.coder(Parley.actors(coding.actorFiles, workspace.data),
                    Parley.annotator(coding.cacheDirectory()), new StageTimes());
            long start = System.nanoTime();
            try (RunProgress progress = mode == ProgressMode.bar
                    ? RunProgress.bytes(Inputs.totalBytes(inputs), System.err) : RunProgress.off()) {
                new CodingRunner(coder, coding.threads).run(ReadResult.source(inputs), ingest, progress);
            }
            report(store, ingest, (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private void report(H2EventStore store, WorkspaceIngest ingest, double seconds) {
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
        out.printf(Locale.ROOT, "%nWorkspace %s: %d articles, %d syndicated copies, %d events, %d quotes.%n",
                workspace.data.toAbsolutePath(), summary.articles(), store.syndicationCount(), summary.events(),
                summary.quotes());
        List<Event> events = store.events(EventQuery.all());
        if (events.isEmpty()) {
            return;
        }
        out.println();
        out.println("Events by type:");
        Reports.eventsByType(out, events);
        List<Event> dated = TimelineCommand.chronological(events, false);
        List<Event> recent = new ArrayList<>(dated.subList(Math.max(0, dated.size() - 10), dated.size()));
        recent.sort(Comparator.comparing((Event e) -> IsoDates.firstDay(e.date())));
        out.println();
        out.println("Timeline (the ten most recent events):");
        Reports.timeline(out, recent, sources(store, recent), 60);
        out.println();
        out.println("Positions (latest stance of each actor on each issue):");
        Reports.positions(out, PositionTracker.latest(TimelineCommand.chronological(events, true)));
    }

    /** Source labels of the articles of these events only: the workspace's texts stay on disk. */
    private static Map<String, String> sources(H2EventStore store, List<Event> events) {
        Map<String, String> labels = new HashMap<>();
        for (Event event : events) {
            if (event.doc() != null && !labels.containsKey(event.doc())) {
                store.article(event.doc()).ifPresent(article -> labels.put(article.id(), Sources.label(article)));
            }
        }
        return labels;
    }
}
