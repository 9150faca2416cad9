package dev.starstream.studio.app.concurrent;

import java.util.concurrent.CompletableFuture;

/** A submitted task: its progress, a way to cancel it, and its eventual result. */
public interface TaskHandle<T> {
    String title();

    /** Progress in [0, 1], or negative while unknown. */
    double progress();

    String message();

    void cancel();

    boolean isCancelled();

    /** Completes with the result, exceptionally with the failure, or cancelled. */
    CompletableFuture<T> result();
}
