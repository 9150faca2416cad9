package dev.starstream.studio.app.concurrent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tasks running now; listeners hear every start, progress report and end (on any thread). */
public final class TaskMonitor {
    private final List<TaskHandle<?>> running = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public List<TaskHandle<?>> running() {
        return List.copyOf(running);
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    void started(TaskHandle<?> handle) {
        running.add(handle);
        changed();
    }

    void ended(TaskHandle<?> handle) {
        running.remove(handle);
        changed();
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }
}
