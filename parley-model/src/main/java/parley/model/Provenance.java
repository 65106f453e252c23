package parley.model;

/**
 * Why an event was coded as it was: the rule that fired, the trigger word, and the versions of
 * the dictionary and codebook patterns in force.
 */
public record Provenance(String rule, String trigger, String dictionaryVersion, String codebookVersion) {
}
