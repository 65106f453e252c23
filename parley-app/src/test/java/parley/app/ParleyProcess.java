package parley.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import parley.pipeline.Parley;

/**
 * {@code parley} ({@link Main}) running in a child JVM on the test class path, with the model-free
 * {@code PARLEY_ANNOTATOR=whitespace}: standard error arrives line by line (the {@code lines}
 * progress of {@code analyze}), standard output is kept in a file.
 */
final class ParleyProcess {
    static final long TIMEOUT_SECONDS = 180;
    private static final String END = "\u0000end";

    final Process process;
    private final BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
    private final List<String> errSeen = new ArrayList<>();
    private final Path out;

    private ParleyProcess(Process process, Path out) {
        this.process = process;
        this.out = out;
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    errLines.add(line);
                }
            } catch (IOException e) {
                // The stream breaks when the process is killed: that is the end of its output.
            }
            errLines.add(END);
        }, "parley-child-stderr");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code parley args...}; standard output goes to {@code out}. */
    static ParleyProcess start(Path out, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
        builder.environment().put(Parley.ANNOTATOR_VARIABLE, "whitespace");
        return new ParleyProcess(builder.start(), out);
    }

    /** The next line on standard error; fails when the child ended or is silent for too long. */
    String nextErrLine() throws InterruptedException {
        String line = errLines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
            if (line != null) {
                errLines.add(END);
            }
            throw new AssertionError("parley stopped or stalled (" + (process.isAlive() ? "still running"
                    : "exit " + process.exitValue()) + "); standard error so far:\n" + String.join("\n", errSeen));
        }
        errSeen.add(line);
        return line;
    }

    /** Waits for the end; returns the exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("parley did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Everything on standard error (waits for the stream to end). */
    String err() throws InterruptedException {
        for (String line = errLines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS); line != null && !line.equals(END);
             line = errLines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            errSeen.add(line);
        }
        errLines.add(END);
        return String.join("\n", errSeen);
    }

    String out() {
        try {
            return Files.readString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code parley args...} to its end. */
    static Result run(Path out, String... args) throws IOException, InterruptedException {
        ParleyProcess child = start(out, args);
        int exit = child.waitFor();
        return new Result(exit, child.out(), child.err());
    }

    record Result(int exit, String out, String err) {
    }
}
