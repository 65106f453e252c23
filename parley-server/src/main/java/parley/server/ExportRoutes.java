package parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import parley.core.store.EventStore;
import parley.core.store.Filter;
import parley.export.ExportFormat;
import parley.export.Selection;
import parley.export.WorkspaceExport;

/**
 * The export buttons of the pages: {@code /api/export/{what}?format=csv|parquet} with the page's
 * filters answers one file of what the page shows, written by {@link WorkspaceExport} (the columns
 * of {@code parley export}). {@code what} is {@code events} ({@code conflict} as on the events
 * page), {@code incidents}, {@code quotes}, {@code timeline} (dated incidents, {@code conflict} as on
 * the timeline) or {@code positions} (the latest stances, {@code date} as on the heatmap).
 */
final class ExportRoutes {
    private static final Set<String> WHAT = Set.of("events", "incidents", "quotes", "timeline", "positions");
    private static final Set<String> FORMATS = Set.of("csv", "parquet");

    private final EventStore store;

    ExportRoutes(EventStore store) {
        this.store = store;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/export/{what}", this::export);
    }

    private void export(Context ctx) throws IOException {
        String what = ctx.pathParam("what").toLowerCase(Locale.ROOT);
        if (!WHAT.contains(what)) {
            throw ApiError.notFound("what", "nothing to export named '" + what + "'; one of " + new TreeSet<>(WHAT));
        }
        boolean positions = what.equals("positions");
        boolean byConflict = what.equals("timeline") || what.equals("events");
        Set<String> allowed = new TreeSet<>(Params.FILTERS);
        allowed.add("format");
        if (byConflict) {
            allowed.add("conflict");
        }
        if (positions) {
            allowed.add("date");
        }
        Params params = Params.of(ctx, Set.copyOf(allowed));
        String format = params.required("format").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw ApiError.badParameter("format", "format must be csv or parquet, got '" + format + "'");
        }
        Filter filter = params.filters();
        Set<String> conflict = byConflict ? params.conflict() : Set.of();
        Selection selection = new Selection(filter, what.equals("timeline"), conflict, positions,
                positions ? params.date("date") : null);
        String table = what.equals("timeline") ? "incidents" : what;
        ExportFormat chosen = ExportFormat.of(format);
        Path folder = Files.createTempDirectory("parley-export-");
        Path file = folder.resolve(what + "." + format);
        try {
            WorkspaceExport.write(store, selection, chosen, table, file);
            InputStream in = Files.newInputStream(file);
            ctx.status(200)
                    .contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/vnd.apache.parquet")
                    .header("Content-Disposition", "attachment; filename=\"parley-" + what + "." + format + "\"")
                    .result(in);
        } finally {
            // The open stream keeps the file readable until it is sent; the name goes now. No
            // Content-Length: the server may compress the answer for a browser.
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the export's temporary folder " + folder, e);
        }
    }
}
