package parley.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import parley.core.corroboration.Incident;
import parley.core.export.EventColumns;
import parley.core.export.IncidentColumns;
import parley.core.export.PositionColumns;
import parley.core.export.QuoteColumns;
import parley.core.export.Table;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceKey;
import parley.core.store.ArticleSummary;
import parley.core.store.EventStore;
import parley.core.store.Page;
import parley.model.Event;
import parley.model.Quote;

/**
 * Writes the workspace's tables to files: events (one row per event, with its article's URL,
 * outlet and publication date), incidents (with their outlets and outlet count), quotes and
 * positions, each as {@link parley.core.export} defines its columns, in one {@link ExportFormat}.
 * Everything is read a page at a time from the store, so an export of any size holds one page in
 * memory (Parquet: DuckDB holds the table, spilling to disk past its memory limit).
 *
 * <pre>{@code
 * List<TableFile> files = WorkspaceExport.write(store, Selection.of(Filter.none().withActors(Set.of("RUS"))),
 *         ExportFormat.PARQUET, WorkspaceExport.TABLES, Path.of("out"));
 * // out/events.parquet, out/incidents.parquet, out/quotes.parquet, out/positions.parquet
 * }</pre>
 */
public final class WorkspaceExport {
    /** The tables, in the order they are written. */
    public static final List<String> TABLES = List.of("events", "incidents", "quotes", "positions");

    private static final int PAGE = 500;

    private WorkspaceExport() {
    }

    /** The table definition of a table name. */
    public static Table table(String name) {
        return switch (name) {
            case "events" -> EventColumns.TABLE;
            case "incidents" -> IncidentColumns.TABLE;
            case "quotes" -> QuoteColumns.TABLE;
            case "positions" -> PositionColumns.TABLE;
            default -> throw new IllegalArgumentException("unknown table '" + name + "', expected one of " + TABLES);
        };
    }

    /**
     * Writes each of {@code tables} that the format writes into {@code folder} (created when
     * missing), as {@code folder/<table>.<extension>}.
     *
     * @return the files written, in {@link #TABLES} order
     */
    public static List<TableFile> write(EventStore store, Selection selection, ExportFormat format,
                                        Collection<String> tables, Path folder) throws IOException {
        tables.forEach(WorkspaceExport::table);
        Files.createDirectories(folder);
        List<TableFile> written = new ArrayList<>();
        for (String name : TABLES) {
            if (tables.contains(name) && format.writes(name)) {
                written.add(write(store, selection, format, name, folder.resolve(format.fileName(table(name)))));
            }
        }
        return written;
    }

    /** Writes one table to {@code file}, which appears only once it is complete. */
    public static TableFile write(EventStore store, Selection selection, ExportFormat format, String name, Path file)
            throws IOException {
        Table table = table(name);
        if (!format.writes(name)) {
            throw new IllegalArgumentException("the format " + format.id() + " writes only the events, not " + name);
        }
        long start = System.nanoTime();
        long rows;
        try (RowWriter writer = open(format, table, file)) {
            rows = switch (name) {
                case "events" -> events(store, selection, writer);
                case "incidents" -> incidents(store, selection, writer);
                case "quotes" -> quotes(store, selection, writer);
                default -> positions(store, selection, writer);
            };
            writer.finish();
        }
        return new TableFile(name, file, rows, Files.size(file), (System.nanoTime() - start) / 1e9);
    }

    private static RowWriter open(ExportFormat format, Table table, Path file) throws IOException {
        return switch (format) {
            case CSV -> new CsvWriter(table, file);
            case JSONL -> new JsonLinesWriter(table, file, false);
            case PLOVER_JSON -> new JsonLinesWriter(table, file, true);
            case PARQUET -> new ParquetWriter(table, file);
        };
    }

    private static long events(EventStore store, Selection selection, RowWriter writer) throws IOException {
        long rows = 0;
        String after = null;
        do {
            Page<Event> page = store.events(selection.filter(), selection.conflict(), after, PAGE);
            Map<String, ArticleSummary> articles = store.summaries(page.items().stream().map(Event::doc)
                    .filter(Objects::nonNull).distinct().toList());
            for (Event event : page.items()) {
                ArticleSummary article = event.doc() == null ? null : articles.get(event.doc());
                if (plover(writer)) {
                    ((JsonLinesWriter) writer).writeObject(PloverJson.record(event, article));
                } else {
                    writer.write(withArticle(EventColumns.TABLE, EventColumns.row(event, null), article));
                }
                rows++;
            }
            after = page.next();
        } while (after != null);
        return rows;
    }

    private static boolean plover(RowWriter writer) {
        return writer instanceof JsonLinesWriter json && json.plover();
    }

    private static long incidents(EventStore store, Selection selection, RowWriter writer) throws IOException {
        long rows = 0;
        String after = null;
        do {
            Page<Incident> page = selection.timeline()
                    ? store.timeline(selection.filter(), selection.conflict(), after, PAGE)
                    : store.incidents(selection.filter(), after, PAGE);
            for (Incident incident : page.items()) {
                writer.write(IncidentColumns.row(incident));
                rows++;
            }
            after = page.next();
        } while (after != null);
        return rows;
    }

    private static long quotes(EventStore store, Selection selection, RowWriter writer) throws IOException {
        long rows = 0;
        String after = null;
        do {
            Page<Quote> page = store.quotes(selection.filter(), after, PAGE);
            Map<String, ArticleSummary> articles = store.summaries(page.items().stream().map(Quote::doc)
                    .filter(Objects::nonNull).distinct().toList());
            for (Quote quote : page.items()) {
                writer.write(withArticle(QuoteColumns.TABLE, QuoteColumns.row(quote, null),
                        quote.doc() == null ? null : articles.get(quote.doc())));
                rows++;
            }
            after = page.next();
        } while (after != null);
        return rows;
    }

    private static long positions(EventStore store, Selection selection, RowWriter writer) throws IOException {
        Map<String, String> names = new HashMap<>();
        long rows = 0;
        if (selection.latest()) {
            String after = null;
            do {
                Page<Position> page = PositionTracker.latest(store, selection.filter(), selection.asOf(),
                        PositionTracker.keyAfter(after), PAGE);
                for (Position position : page.items()) {
                    writer.write(PositionColumns.row(position, name(store, names, position.actor())));
                    rows++;
                }
                after = page.next();
            } while (after != null);
            return rows;
        }
        StanceKey after = null;
        while (true) {
            List<StanceKey> keys = store.stanceKeys(selection.filter(), after, PAGE);
            for (StanceKey key : keys) {
                List<Position> stances = new ArrayList<>(store.stances(key, selection.filter()));
                stances.sort(PositionTracker.LATEST_FIRST);
                for (Position position : stances) {
                    writer.write(PositionColumns.row(position, name(store, names, position.actor())));
                    rows++;
                }
            }
            if (keys.size() < PAGE) {
                return rows;
            }
            after = keys.get(keys.size() - 1);
        }
    }

    private static String name(EventStore store, Map<String, String> names, String code) {
        return names.computeIfAbsent(code, c -> Objects.requireNonNullElse(store.actorName(c), ""))
                .transform(name -> name.isEmpty() ? null : name);
    }

    /** The row with its article columns filled from the stored article's summary. */
    private static List<Object> withArticle(Table table, List<Object> row, ArticleSummary article) {
        if (article == null) {
            return row;
        }
        List<Object> filled = new ArrayList<>(row);
        filled.set(table.index("article_url"), article.url());
        filled.set(table.index("article_source"), article.source());
        filled.set(table.index("article_published"), article.published());
        return filled;
    }
}
