package parley.model;

import java.util.List;

/**
 * Why an event was coded as it was: the trigger rule that fired, the trigger word, every rule
 * that then changed or confirmed the act (the trigger rule first: "verb:offer",
 * "third-party-proposal-is-request"), and the versions of the dictionary, codebook patterns and
 * learned model in force.
 *
 * @param rule              the trigger pattern's name, with the table key it looked up
 * @param trigger           the trigger word as written
 * @param rules             the trigger rule and the stage rules that fired after it, in order
 * @param dictionaryVersion the actor dictionary's version
 * @param codebookVersion   a hash of the coding files (lexicon.yaml, triggers.yaml)
 * @param modelVersion      the learned filter's version, or null when none judged the event
 */
public record Provenance(String rule, String trigger, List<String> rules, String dictionaryVersion,
                         String codebookVersion, String modelVersion) {
    public Provenance {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A provenance with the trigger rule alone and no model. */
    public Provenance(String rule, String trigger, String dictionaryVersion, String codebookVersion) {
        this(rule, trigger, rule == null ? List.of() : List.of(rule), dictionaryVersion, codebookVersion, null);
    }

    /** This provenance with the learned filter's version recorded. */
    public Provenance withModelVersion(String version) {
        return new Provenance(rule, trigger, rules, dictionaryVersion, codebookVersion, version);
    }
}
