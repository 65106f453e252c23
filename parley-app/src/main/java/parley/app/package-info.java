/**
 * The command line and the wiring: the only package that knows every implementation (CoreNLP, the
 * H2 store, the readers). {@link parley.app.Parley} builds the pipeline; the {@code *Command}
 * classes are picocli subcommands of {@link parley.app.Main}.
 */
package parley.app;
