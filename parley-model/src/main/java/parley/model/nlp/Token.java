package parley.model.nlp;

/**
 * One token.
 *
 * @param word       the token text as in the article
 * @param lemma      lemma, lower case for regular words
 * @param pos        Penn Treebank tag
 * @param ner        statistical named-entity class (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 * @param begin      character offset in the article text
 * @param end        character offset just past the token
 */
public record Token(String word, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        if (word == null || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token '" + word + "' at [" + begin + ", " + end + ")");
        }
    }
}
