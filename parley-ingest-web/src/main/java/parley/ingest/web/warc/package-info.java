/**
 * WARC crawl files ({@code .warc}, {@code .warc.gz}) to articles, streamed record by record with
 * jwarc: HTML responses become articles through the HTML reader; every other record is counted
 * and reported once per file and reason; a broken record is reported and reading resumes at the
 * next record that can be found.
 */
package parley.ingest.web.warc;
