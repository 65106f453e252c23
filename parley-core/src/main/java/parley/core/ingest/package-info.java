/**
 * Reading articles: plain-text files and JSON Lines records become {@link parley.model.Article}s,
 * and anything that cannot be read becomes a {@link parley.model.SkippedInput} with a reason.
 *
 * <p>This package owns the input formats of FORMAT.md "Articles in", the checks that keep bad files
 * (empty, binary, not UTF-8, too large, unreadable) from killing a batch, and the page-furniture
 * analysis of plain text: finding the title and publication date and marking the lines that are
 * not the article's own body. Article text is never changed; furniture is only marked as spans.
 *
 * <p>Entry point: {@link parley.core.ingest.Inputs#read(java.util.List, java.util.List, ReadSink)}
 * with {@link parley.core.ingest.Inputs#defaultReaders()}; give it an {@link
 * parley.core.ingest.InputProgress} to follow a long run in bytes ({@link
 * parley.core.ingest.Inputs#totalBytes} is the total).
 */
package parley.core.ingest;
