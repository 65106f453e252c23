package parley.core.eval;

/**
 * One quote of a gold file.
 *
 * @param speaker     canonical name of the speaker, or null
 * @param speakerCode code of the speaker, or null
 * @param text        the words inside the quotation marks, required
 * @param date        when it was said, or null
 */
public record GoldQuote(String speaker, String speakerCode, String text, String date) {
    public GoldQuote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("gold quote text must be non-blank (speaker '" + speaker + "')");
        }
    }
}
