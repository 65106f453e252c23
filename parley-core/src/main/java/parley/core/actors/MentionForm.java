package parley.core.actors;

/** How a dictionary entry was mentioned. */
public enum MentionForm {
    /** Its name or an alias used as a noun: "Russia", "Lavrov", "the Kremlin", "Moscow". */
    NAME,
    /** An adjective or demonym: "Russian", "Ukrainian"; often a modifier of the real actor. */
    ADJECTIVE
}
