/**
 * The analyst's workbench: a JSON API over the workspace (articles, events, incidents, actors,
 * quotes, positions, contradictions, full-text search), an authenticated ingest endpoint that
 * codes and stores new articles, and the web pages that show it all. The front door is
 * {@link parley.server.ParleyServer}; the API is described in {@code /api/openapi.yaml}.
 */
package parley.server;
