/**
 * Evaluation: reads gold files and system output, and scores the output with exactly the rules
 * of FORMAT.md, section "Scoring". This package owns the gold record types ({@link
 * parley.core.eval.GoldDocument} and its parts), the readers ({@link parley.core.eval.GoldReader},
 * {@link parley.core.eval.SystemOutputReader}), the {@link parley.core.eval.Scorer} and its
 * {@link parley.core.eval.EvalReport}. {@code parley eval} and every external check print what
 * this package computes, so each rule is implemented once, here.
 *
 * <p>Worked example:
 * <pre>{@code
 * Map<String, GoldDocument> gold = new GoldReader().readDirectory(Path.of("gold/dev"));
 * SystemOutput output = new SystemOutputReader().read(Path.of("out"));
 * output.problems().forEach(System.err::println);
 * EvalReport report = new Scorer().score(gold, output.events(), output.quotes());
 * System.out.println(report.toText(false));
 * }</pre>
 */
package parley.core.eval;
