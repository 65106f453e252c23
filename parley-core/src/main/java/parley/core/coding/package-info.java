/**
 * Coding: from an annotated article to PLOVER events. {@link parley.core.coding.RuleBasedEventCoder}
 * reads the dependency parse (subjects, objects, clausal complements) with the words of
 * {@code lexicon.yaml}, resolves actors through {@link parley.core.actors.ActorDictionary} and
 * dates through {@link parley.core.time.DateResolver}, and records the rule behind every event.
 */
package parley.core.coding;
