package parley.model;

/**
 * A stretch of direct speech with its speaker (CODEBOOK.md section 8).
 *
 * @param start offset of the first character inside the quotation marks
 * @param end   offset just past the last character inside the quotation marks
 */
public record Quote(String doc, String speaker, String speakerCode, String text, String date, int start, int end) {
    public Quote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quote text must be non-blank (doc " + doc + ")");
        }
    }
}
