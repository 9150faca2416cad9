package dev.starstream.studio.app.concurrent;

import java.util.function.Consumer;

/**
 * Long work (check, build, run, prove) to run off the JavaFX thread: a title, the work, and
 * what to do with its result or failure (called on the executor's UI executor).
 */
public record BackgroundTask<T>(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {

    /** The work itself; it may throw, and should call {@link TaskContext#checkCancelled()} between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work, result -> {}, failure -> {});
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        return new BackgroundTask<>(title, work, action, onFailure);
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        return new BackgroundTask<>(title, work, onSuccess, action);
    }
}
