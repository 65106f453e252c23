/**
 * HTML pages to articles: decoding the bytes, finding the main text ({@link
 * parley.ingest.web.html.ContentExtractor}: Readability4J first, a jsoup text-density fallback) and
 * the page's metadata (title, publication date, canonical URL, site, language).
 *
 * <p>Article text is the main text as paragraphs, one a line, so offsets point into it; page
 * furniture that survives extraction (a repeated headline, captions, related headlines) is marked
 * by {@link parley.core.ingest.PlainTextAnalyzer}.
 */
package parley.ingest.web.html;
