package parley.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes values (Parley's readers report to a sink) into the iterator Spark
 * pulls from, without holding more than {@code capacity} values: the producer runs on its own
 * thread and waits while the queue is full. A failure of the producer is thrown from {@link
 * #hasNext}; {@link #close} stops the producer (Spark closes the iterator when its task ends,
 * finished or not).
 *
 * @param <T> the values
 */
final class PushIterator<T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private Object next;

    /**
     * Starts {@code producer} on a daemon thread named {@code name}; it is given the consumer to
     * push each value to.
     */
    PushIterator(String name, int capacity, Consumer<Consumer<T>> producer) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> {
            Object last = END;
            try {
                producer.accept(this::put);
            } catch (Closed stop) {
                return;
            } catch (Throwable e) {
                // Kotlin and Scala libraries may throw checked exceptions undeclared: catch them all.
                last = new Failure(e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // closed: nobody reads any more
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(T value) {
        if (closed) {
            throw new Closed();
        }
        try {
            queue.put(value);
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next instanceof Failure failure) {
            if (failure.error() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading failed: " + failure.error().getMessage(), failure.error());
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = (T) next;
        next = null;
        return value;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private record Failure(Throwable error) {
    }

    /** Unwinds the producer once the iterator is closed. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super("the reading stopped", null, false, false);
        }
    }
}
