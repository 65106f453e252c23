/**
 * Reading the real news stream: web formats (HTML pages, RSS and Atom feeds, WARC crawl files),
 * language detection and near-duplicate detection, on top of the reading conventions of
 * {@link parley.core.ingest} (articles and skips reported to a {@link parley.core.ingest.ReadSink},
 * never an exception for bad content).
 *
 * <p>This module owns the heavy web dependencies (jsoup, Readability4J, ROME, jwarc, Lingua,
 * Lucene's analysis module); parley-core never loads them. Entry point: {@link
 * parley.ingest.web.WebReaders#all()}, added after {@link parley.core.ingest.Inputs#defaultReaders()}.
 */
package parley.ingest.web;
