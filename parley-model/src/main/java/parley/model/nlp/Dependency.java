package parley.model.nlp;

/**
 * A typed dependency (Universal Dependencies) between two tokens of a sentence.
 *
 * @param relation  e.g. {@code nsubj}, {@code obj}, {@code ccomp}, {@code nmod:poss}
 * @param governor  0-based token index of the head, or -1 for the root
 * @param dependent 0-based token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}
