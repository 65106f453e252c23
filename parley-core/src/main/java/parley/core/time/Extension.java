package parley.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a matched date expression to the left over a preposition and a modifier ("at the
 * beginning of March", "on the evening of May 14", "in mid-May"): they belong in the date text
 * the caller shows, and for ambiguous words such as a bare "May" they are the evidence that a
 * month is meant. None of them changes the value; "early May" is still {@code 2025-05}.
 */
final class Extension {
    private static final int WINDOW = 64;
    private static final Pattern BEFORE = Pattern.compile("(?i)" + Words.START
            + "(?:(?<lead>on|in|at|during|since|from|until|till|through|throughout|by|before|after|around"
            + "|between|over|as\\s+of|as\\s+early\\s+as|as\\s+recently\\s+as|as\\s+late\\s+as)\\s+)?"
            + "(?<modifier>(?:the\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|turn|close|first\\s+half"
            + "|second\\s+half|latter\\s+half|latter\\s+part|early\\s+part|first\\s+days|last\\s+days"
            + "|first\\s+weeks|last\\s+weeks|first\\s+week|last\\s+week|night|evening|morning|afternoon"
            + "|early\\s+hours)\\s+of\\s+|(?:early|earlier|late|later|mid)(?:\\s*-\\s*|\\s+))?$");

    private Extension() {
    }

    /**
     * Widens the core that starts at {@code coreStart}, or returns null when the rule's cue is
     * missing before it.
     */
    static Widening widen(String sentence, int coreStart, Rule.Cue cue) {
        Matcher before = BEFORE.matcher(sentence);
        before.region(Math.max(0, coreStart - WINDOW), coreStart);
        before.useTransparentBounds(true);
        if (!before.find()) {
            // Only when the core itself is glued to a word; nothing to widen over.
            return cue == Rule.Cue.NONE ? new Widening(coreStart, null) : null;
        }
        boolean modifier = before.group("modifier") != null;
        String lead = before.group("lead");
        boolean cued = switch (cue) {
            case NONE -> true;
            case PREPOSITION_OR_MODIFIER -> lead != null || modifier;
            case MODIFIER -> modifier;
        };
        return cued ? new Widening(before.start(), lead == null ? null : Words.normalised(lead)) : null;
    }

    /**
     * A widened start and the preposition found there, if any.
     *
     * @param start the start of the widened expression
     * @param lead  the preposition in lower case with single spaces, or null
     */
    record Widening(int start, String lead) {
    }
}
