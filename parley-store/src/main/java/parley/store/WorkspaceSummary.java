package parley.store;

/**
 * How much a workspace holds.
 *
 * @param articles stored articles
 * @param events   coded events over all articles
 * @param quotes   quotes over all articles
 * @param skipped  recorded skipped inputs
 */
public record WorkspaceSummary(long articles, long events, long quotes, long skipped) {
    public WorkspaceSummary {
        if (articles < 0 || events < 0 || quotes < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got articles " + articles + ", events "
                    + events + ", quotes " + quotes + ", skipped " + skipped);
        }
    }
}
