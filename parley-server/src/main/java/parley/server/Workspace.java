package parley.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import parley.core.store.EventStore;
import parley.store.H2EventStore;

/**
 * The store behind the server and the snapshot of it that requests read. The snapshot is rebuilt
 * when the store's state changes: after an ingest through this server, and, for the H2 workspace,
 * whenever its counts of articles, events and quotes differ from the snapshot's.
 */
final class Workspace {
    private final EventStore store;
    private final AtomicLong ingests = new AtomicLong();
    private volatile Snapshot current;

    Workspace(EventStore store) {
        if (store == null) {
            throw new IllegalArgumentException("the server needs a store");
        }
        this.store = store;
    }

    EventStore store() {
        return store;
    }

    /** The snapshot of the store's current state. */
    Snapshot snapshot() {
        Object key = stateKey();
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.key().equals(key)) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current;
            if (snapshot == null || !snapshot.key().equals(key)) {
                snapshot = new Snapshot(key, store);
                current = snapshot;
            }
            return snapshot;
        }
    }

    /** Tells the workspace that the store changed (an article was stored). */
    void changed() {
        ingests.incrementAndGet();
    }

    private Object stateKey() {
        if (store instanceof H2EventStore h2) {
            var summary = h2.summary();
            return List.of(ingests.get(), summary.articles(), summary.events(), summary.quotes());
        }
        return List.of(ingests.get());
    }
}
