package parley.app;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parley.core.ingest.Inputs;
import parley.core.json.Json;
import parley.core.pipeline.StageTimes;
import parley.model.Event;
import parley.model.Quote;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley code}: codes articles without a workspace, writing FORMAT.md JSON Lines. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles and write events.jsonl and quotes.jsonl as FORMAT.md says (no workspace).")
final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt files, folders of them, .jsonl article records.")
    List<Path> inputs;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "Where to write the events (JSON Lines).")
    Path eventsFile;

    @Option(names = "--quotes", paramLabel = "FILE", description = "Where to write the quotes (JSON Lines).")
    Path quotesFile;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Mixin
    CodingOptions coding;

    @Override
    public Integer call() throws IOException {
        Parley.startLoading(coding.cacheDirectory());
        var annotator = Parley.annotator(coding.cacheDirectory());
        var coder = Parley.coder(Parley.actors(coding.actorFiles, null), annotator, new StageTimes());
        ObjectWriter writer = Json.mapper().writer();
        long[] counts = new long[4];
        try (BufferedWriter events = open(eventsFile); BufferedWriter quotes = quotesFile == null ? null : open(quotesFile);
             RunProgress progress = quiet ? RunProgress.off() : RunProgress.bytes(Inputs.totalBytes(inputs), System.err)) {
            new CodingRunner(coder, coding.threads).run(ReadResult.source(inputs), CodingRunner.Handler.of(coded -> {
                counts[2]++;
                try {
                    for (Event event : coded.events()) {
                        events.write(writer.writeValueAsString(event));
                        events.newLine();
                        counts[0]++;
                    }
                    if (quotes != null) {
                        for (Quote quote : coded.quotes()) {
                            quotes.write(writer.writeValueAsString(quote));
                            quotes.newLine();
                            counts[1]++;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, skipped -> {
                counts[3]++;
                Reports.printSkipped(System.err, List.of(skipped));
            }), progress);
        }
        System.err.printf("parley code: %d articles, %d skipped, %d events -> %s%s%n", counts[2], counts[3], counts[0],
                eventsFile, quotesFile == null ? "" : ", " + counts[1] + " quotes -> " + quotesFile);
        return 0;
    }

    private static BufferedWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
