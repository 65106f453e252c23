package parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.pipeline.StageTimes;
import parley.core.positions.PositionTracker;
import parley.core.store.EventQuery;
import parley.core.time.IsoDates;
import parley.model.Article;
import parley.model.Event;
import parley.model.SkippedInput;
import parley.store.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley analyze}: reads, codes and stores articles in the workspace, then reports. Each
 * article is stored with its events and quotes in one transaction; articles already stored are
 * not coded again, so re-running on the same input adds nothing twice and a killed run resumes.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read, code and store articles in the workspace, then print a report.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt files, folders of them, .jsonl article records.")
    List<Path> inputs;

    @Mixin
    WorkspaceOptions workspace;

    @Mixin
    CodingOptions coding;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        ReadResult read = ReadResult.read(inputs);
        try (H2EventStore store = workspace.open()) {
            read.skipped().forEach(store::recordSkipped);
            List<Article> fresh = new ArrayList<>();
            for (Article article : read.articles()) {
                if (!store.contains(article.id())) {
                    fresh.add(article);
                }
            }
            List<SkippedInput> failed = new ArrayList<>();
            int[] stored = new int[1];
            if (!fresh.isEmpty()) {
                var coder = Parley.coder(Parley.actors(coding.actorFiles, workspace.data),
                        Parley.annotator(coding.cacheDirectory()), new StageTimes());
                new CodingRunner(coder, coding.threads, !quiet).run(fresh, coded -> {
                    if (store.save(coded)) {
                        stored[0]++;
                    }
                }, skipped -> {
                    failed.add(skipped);
                    store.recordSkipped(skipped);
                });
            }
            report(store, read, fresh.size(), stored[0], failed);
        }
        return 0;
    }

    private void report(H2EventStore store, ReadResult read, int fresh, int stored, List<SkippedInput> failed) {
        var out = System.out;
        out.printf("%nRead %d articles: %d new (%d stored), %d already in the workspace; %d inputs skipped.%n",
                read.articles().size(), fresh, stored, read.articles().size() - fresh,
                read.skipped().size() + failed.size());
        List<SkippedInput> skipped = new ArrayList<>(read.skipped());
        skipped.addAll(failed);
        if (!skipped.isEmpty()) {
            out.println();
            out.println("Skipped:");
            Reports.printSkipped(out, skipped);
        }
        List<Event> events = store.events(EventQuery.all());
        out.printf("%nWorkspace %s: %d articles, %d events, %d quotes.%n", workspace.data.toAbsolutePath(),
                store.articles().size(), events.size(), store.quotes(EventQuery.all()).size());
        if (events.isEmpty()) {
            return;
        }
        out.println();
        out.println("Events by type:");
        Reports.eventsByType(out, events);
        List<Event> dated = TimelineCommand.chronological(events, false);
        List<Event> recent = new ArrayList<>(dated.subList(Math.max(0, dated.size() - 10), dated.size()));
        recent.sort(Comparator.comparing((Event e) -> IsoDates.firstDay(e.date())));
        Map<String, String> sources = Sources.of(store);
        out.println();
        out.println("Timeline (the ten most recent events):");
        Reports.timeline(out, recent, sources, 60);
        out.println();
        out.println("Positions (latest stance of each actor on each issue):");
        Reports.positions(out, PositionTracker.latest(TimelineCommand.chronological(events, true)));
    }
}
