package dev.starstream.studio.app.concurrent;

import java.util.concurrent.CancellationException;

/** Runs each task at once on the calling thread, callbacks included: for tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final TaskMonitor monitor = new TaskMonitor();

    @Override
    @SuppressWarnings("IllegalCatch") // the error boundary of background work, as in PoolTaskExecutor
    public <T> TaskHandle<T> submit(BackgroundTask<T> task) {
        BasicTaskHandle<T> handle = new BasicTaskHandle<>(task.title(), monitor);
        monitor.started(handle);
        try {
            T value = task.work().run(handle);
            handle.result().complete(value);
            task.onSuccess().accept(value);
        } catch (CancellationException e) {
            handle.result().cancel(false);
        } catch (Exception e) {
            handle.result().completeExceptionally(e);
            task.onFailure().accept(e);
        } finally {
            monitor.ended(handle);
        }
        return handle;
    }

    @Override
    public TaskMonitor monitor() {
        return monitor;
    }
}
