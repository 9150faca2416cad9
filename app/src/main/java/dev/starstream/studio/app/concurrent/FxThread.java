package dev.starstream.studio.app.concurrent;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.WritableValue;

/**
 * The one gateway to the JavaFX application thread. Code that is not on it and must touch the
 * scene graph or a property bound to it goes through here (never {@code Platform.runLater}
 * directly); view models receive {@link #executor()} by injection so tests can run them inline.
 */
public final class FxThread {
    private static final Executor EXECUTOR = FxThread::run;

    private FxThread() {}

    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }

    /** Runs {@code action} now when on the JavaFX thread, otherwise as soon as the thread is free. */
    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs {@code action} on the JavaFX thread after the current event (even when already on it). */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    /** Sets {@code property} to {@code value} on the JavaFX thread. */
    public static <T> void set(WritableValue<T> property, T value) {
        run(() -> property.setValue(value));
    }

    /** An executor that runs its tasks on the JavaFX thread (see {@link #run}). */
    public static Executor executor() {
        return EXECUTOR;
    }
}
