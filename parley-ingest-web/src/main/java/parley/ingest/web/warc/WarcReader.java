package parley.ingest.web.warc;

import parley.core.ingest.InputFiles;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import parley.core.ingest.ArticleReader;
import parley.core.ingest.ReadSink;
import parley.ingest.web.html.HtmlArticleReader;
import parley.model.Article;
import parley.model.SkippedInput;

/**
 * Reads the HTML pages of a WARC file ({@code .warc}, {@code .warc.gz}) as articles, streaming:
 * one record at a time, one page body (at most the HTML reader's size limit) in memory.
 *
 * <pre>{@code
 * new WarcReader().read(Path.of("crawl/news-2025-05.warc.gz"), sink);
 * // each 200 text/html response: Article(url = target URI or canonical URL, origin "…warc.gz#record-7",
 * //   published = the page's date, else the WARC-Date); then one skip per kind of other record:
 * // SkippedInput("…warc.gz", "warc-non-response", "5 records (request 4, warcinfo 1)")
 * }</pre>
 *
 * <p>Articles: {@code response} records with HTTP status 200 and an HTML Content-Type, and
 * {@code resource} records with an HTML Content-Type; the body is de-chunked and decompressed as
 * the HTTP headers say, then read by {@link HtmlArticleReader} with the record's target URI, the
 * charset of its Content-Type and the WARC-Date as fallback date. Origins are {@code path#record-N},
 * N counting the records read from 1.
 *
 * <p>Not articles, reported once per file and reason with counts by kind (never one skip per
 * record): {@code warc-non-response} (request, metadata, warcinfo, revisit... records), {@code
 * warc-not-ok} (status other than 200), {@code warc-non-html} (by Content-Type), {@code
 * warc-bad-http} (an HTTP block or body encoding that cannot be read), and the HTML reader's own
 * reasons for pages without main text ({@code no-content}, {@code encoding}, {@code too-large}...).
 *
 * <p>Broken files: a record that cannot be parsed (for example one whose Content-Length does not
 * match its content) is skipped as {@code bad-warc-record} at origin {@code path#record-N} and
 * reading resumes at the next record found after it; a file that ends inside a record is skipped
 * as {@code truncated-warc}. Every good record before, and where the format allows after, is read.
 * A record's article is passed on only once the record's end has been checked, so a record with a
 * short Content-Length never yields a cut-off article.
 */
public final class WarcReader implements ArticleReader {
    private final HtmlArticleReader html;

    /** A reader using a default {@link HtmlArticleReader}. */
    public WarcReader() {
        this(new HtmlArticleReader());
    }

    /** A reader that turns pages into articles with {@code html} (and its size limit). */
    public WarcReader(HtmlArticleReader html) {
        if (html == null) {
            throw new IllegalArgumentException("html reader is required, got null");
        }
        this.html = html;
    }

    @Override
    public boolean canRead(Path path) {
        return InputFiles.hasExtension(path, ".warc", ".warc.gz");
    }

    @Override
    public void read(Path path, ReadSink sink) {
        String origin = path.toString();
        boolean gzip;
        try {
            if (Files.size(path) == 0) {
                sink.skipped(new SkippedInput(origin, "empty", "the file is empty"));
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] magic = in.readNBytes(2);
                gzip = magic.length == 2 && magic[0] == 0x1f && magic[1] == (byte) 0x8b;
            }
        } catch (IOException e) {
            sink.skipped(InputFiles.unreadable(origin, e));
            return;
        }
        new Pass(path, origin, gzip, sink).run();
    }

    /** One reading of one file. */
    private final class Pass {
        private final Path path;
        private final String origin;
        private final boolean gzip;
        private final ReadSink sink;
        private final SkipTally tally = new SkipTally();
        /**
         * What goes into the tally, in record order; a page's entry waits until its deferred
         * extraction has run, so the tally is the same whichever thread extracted what.
         */
        private final ArrayDeque<Tallied> tallied = new ArrayDeque<>();
        private int records;
        private int recordsRead;
        /** What the last record produced, passed on once the record's end is known to be sound. */
        private final List<Runnable> pending = new ArrayList<>();
        private long pendingPosition = -1;
        private int pendingNumber;
        private boolean badTrailer;

        Pass(Path path, String origin, boolean gzip, ReadSink sink) {
            this.path = path;
            this.origin = origin;
            this.gzip = gzip;
            this.sink = sink;
        }

        void run() {
            long start = 0;
            boolean resyncing = false;
            while (start >= 0) {
                Failure failure = segment(start, resyncing);
                if (failure == null) {
                    break;
                }
                long next;
                try {
                    next = RecordStarts.next(path, failure.position() + 1, gzip);
                } catch (IOException e) {
                    next = -1;
                }
                if (!failure.silent()) {
                    report(failure, next);
                }
                resyncing = true;
                start = next;
            }
            drainTallied(true);
            tally.report(origin, sink);
        }

        /** Reads records from {@code start} until the end (null) or a failure. */
        private Failure segment(long start, boolean resyncing) {
            boolean readOne = false;
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.position(start);
                org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel);
                reader.onWarning(warning -> badTrailer |= warning.contains("trailer"));
                long current = start;
                while (true) {
                    badTrailer = false;
                    Optional<WarcRecord> next;
                    try {
                        next = reader.next();
                    } catch (IOException | RuntimeException e) {
                        if (badTrailer && pendingPosition >= 0) {
                            // The previous record ended where its Content-Length said, but not in a
                            // record trailer: its length was wrong, so what was read of it is not trusted.
                            long position = pendingPosition;
                            int number = pendingNumber;
                            dropPending();
                            return new Failure(position, number, "its Content-Length does not match its content ("
                                    + message(e) + ")", false, false);
                        }
                        commitPending();
                        long position = Math.max(reader.position(), current);
                        boolean silent = resyncing && !readOne;
                        return new Failure(position, records + 1, message(e), e instanceof EOFException
                                || String.valueOf(e.getMessage()).contains("end of"), silent);
                    }
                    commitPending();
                    if (next.isEmpty()) {
                        return null;
                    }
                    WarcRecord record = next.get();
                    readOne = true;
                    records++;
                    current = record.position();
                    try {
                        process(record, origin + "#record-" + records);
                    } catch (IOException | RuntimeException e) {
                        dropPending();
                        return new Failure(current, records, message(e), e instanceof EOFException, false);
                    }
                    pendingPosition = current;
                    pendingNumber = records;
                }
            } catch (IOException e) {
                commitPending();
                return new Failure(start, records + 1, message(e), false, resyncing);
            }
        }

        private void report(Failure failure, long resumedAt) {
            String where = "record " + failure.number() + " at byte offset " + failure.position();
            String recordOrigin = origin + "#record-" + failure.number();
            if (resumedAt < 0 && failure.truncated()) {
                sink.skipped(new SkippedInput(recordOrigin, "truncated-warc", "the file ends inside " + where
                        + " (" + failure.message() + "): it was cut short, probably by an interrupted download or copy; "
                        + recordsRead + (recordsRead == 1 ? " record" : " records") + " before it were read"));
            } else if (failure.number() == 1 && failure.position() == 0 && resumedAt < 0) {
                sink.skipped(new SkippedInput(origin, "not-a-warc",
                        "no WARC record could be read at the start of the file (" + failure.message() + ")"));
            } else {
                sink.skipped(new SkippedInput(recordOrigin, "bad-warc-record", where + " is malformed: "
                        + failure.message() + (resumedAt < 0 ? "; no further record was found after it"
                        : "; reading resumed at byte offset " + resumedAt)));
            }
        }

        private void process(WarcRecord record, String recordOrigin) throws IOException {
            recordsRead++;
            String type = record.type();
            LocalDate crawled = record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate();
            if (record instanceof WarcResponse response) {
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | RuntimeException e) {
                    count("warc-bad-http", "unreadable HTTP header", response.target());
                    return;
                }
                if (http.status() != 200) {
                    count("warc-not-ok", "status " + http.status(), null);
                    return;
                }
                MediaType type2 = http.contentType();
                if (!isHtml(type2)) {
                    count("warc-non-html", type2 == null ? "no content type" : type2.base().toString(), null);
                    return;
                }
                byte[] raw = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, html.maxBytes() + 1));
                if (raw.length > html.maxBytes()) {
                    count("too-large", "over " + html.maxBytes() + " bytes", response.target());
                    return;
                }
                byte[] body;
                try {
                    body = HttpBodies.decode(raw, http.headers().first("Transfer-Encoding").orElse(null),
                            http.headers().first("Content-Encoding").orElse(null), html.maxBytes());
                } catch (HttpBodies.BadBody e) {
                    count("warc-bad-http", e.getMessage(), response.target());
                    return;
                }
                page(body, type2, response.target(), recordOrigin, crawled);
            } else if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
                byte[] body = resource.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, html.maxBytes() + 1));
                page(body, resource.contentType(), resource.target(), recordOrigin, crawled);
            } else {
                count("warc-non-response", type, null);
            }
        }

        /** Once the record is known to be sound, its page is extracted as a deferred job of the sink. */
        private void page(byte[] body, MediaType type, String uri, String recordOrigin, LocalDate crawled) {
            String charset = type == null ? null : type.parameters().get("charset");
            pending.add(() -> {
                String[] skipReason = new String[1]; // written by the job, read once its future is done
                CompletableFuture<Void> done = sink.deferred(recordOrigin, page -> html.readHtml(body, charset, uri,
                        recordOrigin, crawled, new ReadSink() {
                            @Override
                            public void article(Article article) {
                                page.article(article);
                            }

                            @Override
                            public void skipped(SkippedInput skipped) {
                                skipReason[0] = skipped.reason();
                            }
                        }));
                tallied.add(new Tallied(done, () -> {
                    if (skipReason[0] != null) {
                        tally.add(skipReason[0], "HTML page", uri);
                    }
                }));
            });
        }

        private void count(String reason, String kind, String example) {
            pending.add(() -> tallied.add(new Tallied(CompletableFuture.completedFuture(null),
                    () -> tally.add(reason, kind, example))));
        }

        private void commitPending() {
            pending.forEach(Runnable::run);
            pending.clear();
            pendingPosition = -1;
            drainTallied(false);
        }

        /** Adds to the tally the entries at the front whose pages are extracted (with {@code all}, every entry, waiting). */
        private void drainTallied(boolean all) {
            while (!tallied.isEmpty() && (all || tallied.peek().done().isDone())) {
                Tallied entry = tallied.poll();
                entry.done().join();
                entry.add().run();
            }
        }

        private void dropPending() {
            pending.clear();
            pendingPosition = -1;
        }
    }

    /** A tally entry: what to add, once {@code done}. */
    private record Tallied(CompletableFuture<Void> done, Runnable add) {
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String message(Throwable e) {
        // jwarc's parse errors quote the bytes around the fault: page text, which skips must not carry.
        String message = e instanceof ParsingException parsing ? parsing.getBaseMessage()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    /**
     * Where reading stopped: the byte offset and number of the record at fault, whether the file
     * simply ended, and whether to stay silent (a resync candidate that was not a record after all).
     */
    private record Failure(long position, int number, String message, boolean truncated, boolean silent) {
    }
}
