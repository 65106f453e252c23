package parley.ui;

import java.nio.file.Path;
import parley.server.SampleWorkspace;
import parley.store.JdbcEventStore;

/** The pages on the hand-coded sample workspace (no CoreNLP; always runs where Chromium is). */
class SampleWorkspacePagesTest extends PagesContract {
    @Override
    void buildWorkspace(Path data) {
        try (JdbcEventStore store = JdbcEventStore.open(data)) {
            SampleWorkspace.fill(store);
        }
    }

    @Override
    String name() {
        return "sample";
    }

    @Override
    String earlyDate() {
        return "2025-03-12";
    }
}
