/**
 * Event dates: finding the date expressions of a sentence and resolving them, under CODEBOOK.md
 * section 6, to ISO 8601 values at the precision the text supports ({@code 2025-05-21},
 * {@code 2025-W21}, {@code 2025-05}, {@code 2025}). {@link parley.core.time.DateResolver} is the
 * front door; {@link parley.core.time.DateRange} turns a value back into the days it covers.
 *
 * <p>Why this is written by hand: CoreNLP's SUTime also normalises dates and the pipeline runs
 * it, but it resolves weekdays and relative expressions without regard to tense or to the date
 * the text is already talking about (the "focus"), and it cannot express the codebook's precision
 * rules ("last week" is an ISO week, "days earlier" is only a month, an article with no
 * publication date dates only what its text fixes). This resolver applies those rules. It is pure
 * Java with no CoreNLP dependency; the caller may later pass SUTime's values as hints.
 *
 * <p>The package owns only the sentence-level decision. Which mention governs an event, the tense
 * of the clause, the present-tense default to the publication date ("Lavrov says") and carrying the
 * focus from sentence to sentence belong to the caller.
 */
package parley.core.time;
