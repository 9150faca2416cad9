package dev.starstream.studio.editor.services.analysis;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; the returned action cancels it if it has not started. Tests drive one by hand. */
@FunctionalInterface
public interface Scheduler {
    Runnable schedule(Runnable task, Duration delay);

    /** A scheduler on a scheduled executor. */
    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delay) -> {
            var future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
