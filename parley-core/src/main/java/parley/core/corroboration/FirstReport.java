package parley.core.corroboration;

import java.time.LocalDate;

/**
 * The earliest publication of an incident: which article reported it first, and when.
 *
 * @param articleId the supporting article published first (ties: the smallest id)
 * @param published its publication date
 */
public record FirstReport(String articleId, LocalDate published) {
    public FirstReport {
        if (articleId == null || articleId.isBlank() || published == null) {
            throw new IllegalArgumentException("a first report needs an article id and a date, got '"
                    + articleId + "', " + published);
        }
    }
}
