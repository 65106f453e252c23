package parley.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parley}: turn news about wars and peace talks into sourced, structured event data.
 *
 * <p>Exit codes: 0 success (inputs that could not be read are listed as skipped, not errors);
 * 1 the command failed (an I/O error, a broken workspace, a gold folder that cannot be read);
 * 2 bad usage (unknown option, missing argument); 3 no JDK 21+ or the build failed (launcher).
 */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Turns news about wars and peace talks into sourced, structured event data.",
        subcommands = {AnalyzeCommand.class, CodeCommand.class, EventsCommand.class, TimelineCommand.class,
                PositionsCommand.class, ChangesCommand.class, QuotesCommand.class, SkippedCommand.class, EvalCommand.class, TrainCommand.class, ExplainCommand.class,
                BenchCommand.class, ActorsCommand.class, ExportCommand.class, ServeCommand.class, BenchApiCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nOn Apache Spark: ./parley spark-code INPUT... --out DIR (see ./parley spark-code --help)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (unreadable inputs are reported as skipped)", "1:the command failed",
                "2:bad usage", "3:no JDK 21+ found or the build failed (launcher)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("parley " + cmd.getCommandName() + ": " + message(exception));
            if (System.getenv("PARLEY_DEBUG") != null) {
                exception.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }

    private static String message(Throwable exception) {
        Throwable cause = exception;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
