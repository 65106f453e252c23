package parley.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import parley.core.actors.ActorDictionary;
import parley.core.actors.ActorEntry;
import parley.core.actors.ActorKind;
import parley.core.actors.Office;
import parley.core.actors.ResolvedActor;
import parley.core.json.Json;
import parley.pipeline.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley actors}: look up the actor dictionary. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Look up the actor dictionary.",
        subcommands = {ActorsCommand.Resolve.class, ActorsCommand.ListEntries.class})
final class ActorsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by the subcommands. */
    static final class DictionaryOptions {
        @Option(names = "--actors", paramLabel = "FILE|DIR",
                description = "Extra actor dictionary files (YAML) or folders of them; repeatable. "
                        + "Files in $PARLEY_ACTORS (a folder) are always added.")
        List<Path> files = new ArrayList<>();

        ActorDictionary load() {
            return Parley.actors(files, null);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"Print the canonical name, code, sector and country a mention resolves to on a date.",
                    "A mention is a name (\"the Kremlin\", \"Putin\") or a description (\"the German foreign minister\", "
                            + "\"Iranian protesters\", \"a US destroyer\"); words that name no actor print nulls."})
    static final class Resolve implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TEXT",
                description = "The mention, e.g. \"the Kremlin\", \"Putin\" or \"the prime minister of Israel\".")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the act (default: today).")
        LocalDate date;

        @Option(names = "--context", paramLabel = "SENTENCE",
                description = "The sentence the mention stands in: ambiguous demonyms follow it (\"Georgian\" beside "
                        + "\"Atlanta\"), and a description with no state of its own takes the one it gives.")
        String context;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
        String format = "text";

        @picocli.CommandLine.Mixin
        DictionaryOptions dictionary;

        @Override
        public Integer call() throws IOException {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!chosen.equals("json") && !chosen.equals("text")) {
                throw new IllegalArgumentException("--format must be text or json, got '" + format + "'");
            }
            Optional<ResolvedActor> resolved = dictionary.load().resolve(text, date, context);
            switch (chosen) {
                case "json" -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("name", resolved.map(ResolvedActor::name).orElse(null));
                    out.put("code", resolved.map(ResolvedActor::code).orElse(null));
                    out.put("sector", resolved.map(ResolvedActor::sector).orElse(null));
                    out.put("country", resolved.map(ResolvedActor::country).orElse(null));
                    System.out.println(Json.mapper().writeValueAsString(out));
                }
                case "text" -> System.out.println(resolved
                        .map(r -> blank(r.name()) + "\t" + blank(r.code()) + "\t" + blank(r.sector()) + "\t" + blank(r.country()))
                        .orElse("unresolved: " + text));
            }
            return 0;
        }

        private static String blank(String value) {
            return value == null ? "" : value;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the dictionary's entries.")
    static final class ListEntries implements Callable<Integer> {
        @Option(names = "--kind", paramLabel = "KIND",
                description = "Only this kind: STATE, STATE_BODY, IGO, ARMED_GROUP, PARTY, PERSON, MEDIA, THINK_TANK, NGO.")
        ActorKind kind;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl.")
        String format = "table";

        @picocli.CommandLine.Mixin
        DictionaryOptions dictionary;

        @Override
        public Integer call() throws IOException {
            ActorDictionary actors = dictionary.load();
            List<ActorEntry> entries = actors.entries().stream().filter(e -> kind == null || e.kind() == kind).toList();
            if (format.equalsIgnoreCase("jsonl")) {
                Output.jsonl(System.out, entries);
                return 0;
            }
            if (!format.equalsIgnoreCase("table")) {
                throw new IllegalArgumentException("--format must be table or jsonl, got '" + format + "'");
            }
            Table table = new Table("id", "name", "kind", "code", "sector", "offices");
            for (ActorEntry entry : entries) {
                StringBuilder offices = new StringBuilder();
                for (Office office : entry.offices()) {
                    offices.append(offices.isEmpty() ? "" : "; ").append(office.title()).append(' ').append(office.code())
                            .append(' ').append(office.start() == null ? "?" : office.start()).append("..")
                            .append(office.end() == null ? "" : office.end());
                }
                table.row(entry.id(), entry.name(), entry.kind(), entry.code(), entry.sector(), Table.clip(offices.toString(), 80));
            }
            table.print(System.out);
            System.out.printf("%d entries (dictionary %s)%n", entries.size(), actors.version());
            return 0;
        }
    }
}
