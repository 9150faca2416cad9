package dev.starstream.studio.app.settings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The current settings, changed through {@link #update}. Each change is told to the listeners at
 * once and written to disk on {@code ioExecutor} (writes that pile up are coalesced into one).
 */
public final class SettingsService {
    private final SettingsStore store;
    private final Executor ioExecutor;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean writePending = new AtomicBoolean();
    private volatile Settings current;

    public SettingsService(SettingsStore store, Executor ioExecutor) {
        this.store = store;
        this.ioExecutor = ioExecutor;
        this.current = store.load();
    }

    public Settings current() {
        return current;
    }

    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings before = current;
        Settings after = change.apply(before);
        if (after.equals(before)) {
            return before;
        }
        current = after;
        listeners.forEach(l -> l.accept(after));
        if (writePending.compareAndSet(false, true)) {
            ioExecutor.execute(() -> {
                writePending.set(false);
                store.save(current);
            });
        }
        return after;
    }

    /** Writes the current settings now, on the calling thread (at exit). */
    public void flush() {
        store.save(current);
    }

    public void addSettingsListener(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    public void removeSettingsListener(Consumer<Settings> listener) {
        listeners.remove(listener);
    }
}
