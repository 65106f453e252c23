package parley.core.coding;

import java.util.List;

/**
 * One entry of triggers.yaml's {@code patterns}: a construction and the act it signals.
 *
 * @param name         unique name, recorded in provenance
 * @param match        the construction, first node at the trigger token
 * @param act          the act written out or taken from a table entry, or null when {@link #lookup}
 *                     gives it
 * @param lookup       the table an act is looked up in by bound tokens, or null
 * @param overrides    fields that replace those of the act found (from YAML {@code with})
 * @param shape        how the act's participants are found
 * @param clause       the bound token whose clause dates and qualifies the act
 * @param actor        the bound token that is the actor, or null to find it by the shape
 * @param withGovernor whether the governing verb's subject joins the participants
 * @param checks       named checks the engine runs after the match
 * @param examples     sentences in which the pattern must fire
 */
record TriggerPattern(String name, GraphPattern match, Act act, Lookup lookup, Overrides overrides, Shape shape,
                      String clause, String actor, boolean withGovernor, List<Check> checks, List<String> examples) {
    TriggerPattern {
        checks = List.copyOf(checks);
        examples = List.copyOf(examples);
    }

    /** How the participants of an act are found (triggers.yaml, {@code shape}). */
    enum Shape {
        /** The subject of the trigger acts; its objects and obliques are the recipients. */
        VERB,
        /** The subject of a light verb acts, or else the sides its object is between. */
        LIGHT,
        /** The participants named around an event noun act; it has no recipient. */
        EVENT_NOUN,
        /** The side attached to a noun of force acts ("Israeli airstrikes"). */
        NOMINAL,
        /**
         * Whoever says the clause acts (the subject of the speech verb it is reported by, or the
         * speaker of the quote it stands in); the clause's subject is the recipient: "Kyiv said
         * Russia must withdraw", "'The attack was a clear breach,' the minister said".
         */
        REPORTED
    }

    /** A table looked up by the words of bound tokens joined by spaces ("verbs(trigger particle)"). */
    record Lookup(String table, List<String> bindings) {
        Lookup {
            bindings = List.copyOf(bindings);
        }
    }

    /** A named engine check and the binding it is run on (the trigger when null). */
    record Check(String name, String binding) {
    }

    /** Fields that replace those of a looked-up act; null leaves a field as it is. */
    record Overrides(parley.model.EventType type, String mode, parley.model.EventType future, String futureMode,
                     List<String> issues) {
        Act apply(Act act) {
            return new Act(type != null ? type : act.type(), mode != null ? mode : act.mode(), act.thirdParty(),
                    future != null ? future : act.future(), futureMode != null ? futureMode : act.futureMode(),
                    act.needsIssue(), act.needsObjectClause(), issues != null ? issues : act.issues());
        }
    }
}
