package parley.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import parley.core.store.EventStore;
import parley.store.H2EventStore;

/**
 * The store behind the server and the snapshot of it that requests read. The snapshot is rebuilt
 * when the store's state changes: at once after an ingest through this server, and, for the H2
 * workspace, when its counts of articles, events and quotes differ from the snapshot's. The counts
 * are asked at most once a second: the store has one connection, and asking on every request
 * would queue every request behind it.
 */
final class Workspace {
    private final EventStore store;
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final AtomicLong ingests = new AtomicLong();
    private volatile Snapshot current;
    private volatile Object storeCounts;
    private volatile long countedAt;

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
        storeCounts = null;
        ingests.incrementAndGet();
    }

    private Object stateKey() {
        return List.of(ingests.get(), counts());
    }

    private Object counts() {
        if (!(store instanceof H2EventStore h2)) {
            return List.of();
        }
        long now = System.nanoTime();
        Object counts = storeCounts;
        if (counts == null || now - countedAt > RECHECK_NANOS) {
            var summary = h2.summary();
            counts = List.of(summary.articles(), summary.events(), summary.quotes());
            storeCounts = counts;
            countedAt = now;
        }
        return counts;
    }
}
