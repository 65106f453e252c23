package parley.store;

import java.nio.file.Path;

/**
 * The writer that the crash-safety test runs in a child JVM and kills: it saves the numbered
 * articles {@code 0 .. count-1} into a workspace and prints one line per article after the save
 * returned ({@code saved n} or {@code present n}), then {@code done}.
 *
 * <p>Arguments: the data folder and the number of articles.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (JdbcEventStore store = JdbcEventStore.open(data)) {
            System.out.println("open");
            System.out.flush();
            for (int n = 0; n < count; n++) {
                boolean saved = store.save(NumberedArticles.article(n));
                System.out.println((saved ? "saved " : "present ") + n);
                System.out.flush();
            }
        }
        System.out.println("done");
        System.out.flush();
    }
}
