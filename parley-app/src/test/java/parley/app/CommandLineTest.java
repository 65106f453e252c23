package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line without the NLP models: usage, errors and exit codes. */
class CommandLineTest {
    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        // Created after System.setOut: picocli's help handler keeps the System.out of its creation.
        CommandLine commandLine = Main.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setOut(new PrintWriter(System.out, true));
        try {
            int exit = commandLine.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    @Test
    void listsEveryCommandInItsHelp() {
        Run run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("analyze", "code", "events", "timeline", "positions", "quotes", "eval", "bench",
                "skipped", "export", "changes", "Exit codes");
    }

    @Test
    void rejectsUnknownOptionsWithUsageExitCode() {
        Run run = run("events", "--colour", "red");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void queryingAMissingWorkspaceSaysHowToMakeOne() {
        Run run = run("events", "--data", temp.resolve("nowhere").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no workspace at").contains("parley analyze").doesNotContain("Exception");
    }

    @Test
    void namesTheBadFilterValue() {
        Run run = run("events", "--data", temp.toString(), "--type", "HUG");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--type").contains("HUG");
    }

    @Test
    void evalNeedsArticlesOrAnEventsFile() {
        Run run = run("eval", "--gold", temp.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("give INPUT articles to code, or --events FILE");
    }
}
