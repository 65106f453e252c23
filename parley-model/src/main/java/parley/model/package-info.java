/**
 * The values that flow through Parley: articles, coded events, actors, quotes and skipped inputs.
 * Records only, no dependencies; every other module depends on this one.
 */
package parley.model;
