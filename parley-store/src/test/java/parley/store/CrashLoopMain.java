package parley.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The kill-and-reopen loop that measures how often an embedded workspace fails to open after a
 * SIGKILL: {@link CrashSafetyTest} does four kills a run, too few to see a failure that comes once
 * in a few hundred. Each cycle starts a {@link CrashWriterMain} in a child JVM, lets it save 20 to 80
 * articles, kills it with SIGKILL after 0-8 ms more, then opens the workspace here, reads its
 * summary and closes it, as the next command would. A round of 600 articles is started afresh when
 * nearly done; a workspace that fails to open is kept as {@code failed-N} for {@code MVStoreTool -dump}.
 *
 * <p>Arguments: the number of kills and a scratch folder. Run with the test class path, e.g.
 * {@code java -cp "$(cat parley-store/target/cp.txt):parley-store/target/classes:parley-store/target/test-classes"
 * parley.store.CrashLoopMain 300 /tmp/crash-loop} (the class path file from
 * {@code mvn -pl parley-store -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}). With H2's default {@code MAX_COMPACT_TIME} 3 of 760 kills broke the file, with 0 none of 690.
 */
public final class CrashLoopMain {
    private static final int ARTICLES = 600;

    private CrashLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("arguments: KILLS SCRATCH_FOLDER, got " + args.length + " arguments");
        }
        int kills = Integer.parseInt(args[0]);
        Path root = Files.createDirectories(Path.of(args[1]));
        String java = ProcessHandle.current().info().command().orElseThrow();
        Random random = new Random();
        int failures = 0;
        int round = 0;
        Path data = root.resolve("data-" + round);
        for (int kill = 1; kill <= kills; kill++) {
            Process writer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), CrashWriterMain.class.getName(), data.toString(),
                    Integer.toString(ARTICLES)).redirectError(root.resolve("writer.err").toFile()).start();
            boolean done = savedEnough(writer, 20 + random.nextInt(60));
            TimeUnit.MICROSECONDS.sleep(random.nextInt(8_000));
            writer.destroyForcibly().waitFor();
            long stored;
            try (JdbcEventStore store = JdbcEventStore.open(data)) {
                stored = store.summary().articles();
            } catch (RuntimeException e) {
                failures++;
                System.out.println("kill " + kill + ": cannot open the workspace again: " + rootCause(e));
                Files.move(data, root.resolve("failed-" + failures));
                data = root.resolve("data-" + ++round);
                continue;
            }
            if (done || stored >= ARTICLES - 100) {
                delete(data);
                data = root.resolve("data-" + ++round);
            }
            if (kill % 10 == 0) {
                System.out.println("kills " + kill + " failures " + failures);
            }
        }
        System.out.println("kills " + kills + " failures " + failures);
    }

    /** Reads the writer's lines until it reported {@code count} saves; true when it finished first. */
    private static boolean savedEnough(Process writer, int count) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        int saved = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("done")) {
                return true;
            }
            if (line.startsWith("saved ") && ++saved >= count) {
                return false;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
