package parley.core.actors;

/** A dictionary entry found in a text at {@code [start, end)}. */
public record ActorMatch(int start, int end, String text, ActorEntry entry, MentionForm form) {
}
