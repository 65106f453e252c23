/**
 * RSS and Atom feeds to articles: one article per item, read with ROME. A feed file that is
 * really something else (an HTML error page saved under a feed's name) is skipped as {@code
 * not-a-feed}, never parsed as an empty feed.
 */
package parley.ingest.web.feed;
