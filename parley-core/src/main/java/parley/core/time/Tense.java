package parley.core.time;

/**
 * The tense of the clause a date expression belongs to, as the caller reads it from part-of-speech
 * tags. It decides which way a bare weekday points: "met on Monday" is the Monday before the
 * article, "will meet on Monday" the Monday after it.
 */
public enum Tense {
    /** A past act: weekdays and day-months point back from the publication date. */
    PAST,
    /** A present statement ("Lavrov says"): resolved like the past. */
    PRESENT,
    /** A future or planned act: weekdays point forward from the publication date. */
    FUTURE,
    /** The caller could not tell: resolved like the past, which is what news mostly reports. */
    UNKNOWN
}
