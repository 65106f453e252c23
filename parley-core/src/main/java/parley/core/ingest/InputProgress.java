package parley.core.ingest;

import java.nio.file.Path;

/**
 * Told when each input file is about to be read and when it has been read, so that a long run can
 * show how far it has got in bytes. Called on the reading thread; implementations must be quick.
 *
 * <pre>{@code
 * long total = Inputs.totalBytes(paths);
 * Inputs.read(paths, readers, sink, new InputProgress() {
 *     public void fileFinished(Path file, long bytes) { done += bytes; show(done, total); }
 * });
 * }</pre>
 */
public interface InputProgress {
    /** Reports nothing. */
    InputProgress NONE = new InputProgress() {
    };

    /** {@code file}, {@code bytes} long, is about to be read. */
    default void fileStarted(Path file, long bytes) {
    }

    /** {@code file}, {@code bytes} long, has been read or skipped. */
    default void fileFinished(Path file, long bytes) {
    }
}
