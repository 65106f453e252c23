package parley.ui;

import java.nio.file.Path;
import parley.server.SampleWorkspace;
import parley.store.H2EventStore;

/** The pages on the hand-coded sample workspace (no CoreNLP; always runs where Chromium is). */
class SampleWorkspacePagesTest extends PagesContract {
    @Override
    void buildWorkspace(Path data) {
        try (H2EventStore store = H2EventStore.open(data)) {
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
