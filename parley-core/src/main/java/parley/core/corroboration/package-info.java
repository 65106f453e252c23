/**
 * Corroboration: events from different articles that report the same act become one
 * {@link parley.core.corroboration.Incident}, with how many outlets report it, who reported it
 * first and the best evidence; incidents whose reports disagree (one outlet says an actor agreed,
 * another that it rejected) become {@link parley.core.corroboration.Contradiction}s. The front
 * door is {@link parley.core.corroboration.Corroborator}, whose documentation states the merge
 * rules and the clustering algorithm.
 */
package parley.core.corroboration;
