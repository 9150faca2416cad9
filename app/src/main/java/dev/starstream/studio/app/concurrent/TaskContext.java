package dev.starstream.studio.app.concurrent;

import java.util.concurrent.CancellationException;

/** What a running background task sees: where to report progress and whether to stop. */
public interface TaskContext {
    /** Reports progress: {@code fraction} in [0, 1] (or negative when unknown) and a short message. */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancellationException} when the task was cancelled; call it between steps. */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException();
        }
    }
}
