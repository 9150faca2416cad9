package dev.starstream.studio.app.concurrent;

/**
 * Runs {@link BackgroundTask}s off the JavaFX thread; injected everywhere long work starts, so
 * tests can inject {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {
    <T> TaskHandle<T> submit(BackgroundTask<T> task);

    /** What is running now, for the status bar. */
    TaskMonitor monitor();
}
