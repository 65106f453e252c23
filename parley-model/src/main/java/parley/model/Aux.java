package parley.model;

import java.util.Locale;

/** Qualifiers of an event (CODEBOOK.md section 7). Hypothetical and negated events are not scored. */
public enum Aux {
    HISTORICAL, FUTURE, HYPOTHETICAL, NEGATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aux fromId(String id) {
        return id == null ? null : valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Whether scoring drops events with this qualifier. */
    public boolean asserted() {
        return this == HISTORICAL || this == FUTURE;
    }
}
