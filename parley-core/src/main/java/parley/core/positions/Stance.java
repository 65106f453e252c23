package parley.core.positions;

import java.util.Locale;

/** An actor's stance on an issue. */
public enum Stance {
    FOR, AGAINST, CONDITIONAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
