package parley.core.time;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One kind of date expression: the pattern of its core words, a check that rejects look-alikes
 * (a quantity "2000 troops", the modal "may"), and how it resolves.
 *
 * @param name      a short name for debugging and provenance
 * @param pattern   the core pattern, matched case-insensitively
 * @param cue       what must precede the core for it to count: bare "May" needs a preposition or
 *                  a modifier ("in May", "early May"), "the month" needs a modifier ("the end of the month")
 * @param accept    rejects matches that only look like this expression
 * @param resolver  resolves an accepted match
 */
record Rule(String name, Pattern pattern, Cue cue, Acceptor accept, Resolver resolver) {

    Rule {
        if (name == null || pattern == null || cue == null || accept == null || resolver == null) {
            throw new IllegalArgumentException("rule needs a name, pattern, acceptor and resolver: " + name);
        }
    }

    /** What must stand before the core words. */
    enum Cue {
        /** Nothing: the core is a date on its own ("May 21", "yesterday"). */
        NONE,
        /** A preposition or a modifier ("in May", "since March", "mid-May"). */
        PREPOSITION_OR_MODIFIER,
        /** A modifier such as "the end of" or "early" ("the end of the month"). */
        MODIFIER
    }

    /** Decides whether a match of the core pattern really is this expression. */
    @FunctionalInterface
    interface Acceptor {
        boolean accepts(MatchResult match, String sentence);
    }

    /** Resolves an accepted match against the reference dates. */
    @FunctionalInterface
    interface Resolver {
        Resolution resolve(MatchResult match, Reference reference);
    }
}
