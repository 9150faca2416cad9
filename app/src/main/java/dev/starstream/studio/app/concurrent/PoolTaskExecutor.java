package dev.starstream.studio.app.concurrent;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a pool; results and failures are delivered through {@code uiExecutor} (the
 * JavaFX thread in the application). A cancelled task delivers neither.
 */
public final class PoolTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(PoolTaskExecutor.class);

    private final ExecutorService pool;
    private final Executor uiExecutor;
    private final TaskMonitor monitor = new TaskMonitor();

    public PoolTaskExecutor(ExecutorService pool, Executor uiExecutor) {
        this.pool = pool;
        this.uiExecutor = uiExecutor;
    }

    @Override
    public <T> TaskHandle<T> submit(BackgroundTask<T> task) {
        BasicTaskHandle<T> handle = new BasicTaskHandle<>(task.title(), monitor);
        monitor.started(handle);
        handle.runningAs(pool.submit(() -> run(task, handle)));
        return handle;
    }

    @SuppressWarnings("IllegalCatch") // the error boundary of background work: every failure is reported
    private <T> void run(BackgroundTask<T> task, BasicTaskHandle<T> handle) {
        try {
            handle.checkCancelled();
            T value = task.work().run(handle);
            handle.checkCancelled();
            handle.result().complete(value);
            uiExecutor.execute(() -> task.onSuccess().accept(value));
        } catch (CancellationException e) {
            handle.result().cancel(false);
        } catch (InterruptedException e) {
            handle.result().cancel(false);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (handle.isCancelled()) {
                handle.result().cancel(false);
            } else {
                LOG.warn("task '{}' failed", task.title(), e);
                handle.result().completeExceptionally(e);
                uiExecutor.execute(() -> task.onFailure().accept(e));
            }
        } finally {
            monitor.ended(handle);
        }
    }

    @Override
    public TaskMonitor monitor() {
        return monitor;
    }
}
