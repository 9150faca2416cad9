package dev.starstream.studio.app.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/** The handle both executors hand out. */
final class BasicTaskHandle<T> implements TaskHandle<T>, TaskContext {
    private final String title;
    private final TaskMonitor monitor;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile double progress = -1;
    private volatile String message = "";
    private volatile boolean cancelled;
    private volatile @Nullable Future<?> running;

    BasicTaskHandle(String title, TaskMonitor monitor) {
        this.title = title;
        this.monitor = monitor;
    }

    void runningAs(Future<?> future) {
        running = future;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public double progress() {
        return progress;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public void progress(double fraction, String message) {
        this.progress = fraction;
        this.message = message;
        monitor.changed();
    }

    @Override
    public void cancel() {
        cancelled = true;
        Future<?> f = running;
        if (f != null) {
            f.cancel(true);
        }
        result.cancel(false);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<T> result() {
        return result;
    }
}
