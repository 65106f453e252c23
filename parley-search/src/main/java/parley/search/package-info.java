/**
 * Full-text search over the workspace: a Lucene index of articles, events and quotes, kept in step
 * with the store article by article. The front door is {@link parley.search.SearchIndex}.
 */
package parley.search;
