package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.editor.services.analysis.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The test's clock for debounced analysis: scheduled work runs when {@link #elapse()} is called. */
final class HandScheduler implements Scheduler {
    private final List<Runnable> due = new ArrayList<>();

    @Override
    public synchronized Runnable schedule(Runnable task, Duration delay) {
        due.add(task);
        return () -> {
            synchronized (this) {
                due.remove(task);
            }
        };
    }

    void elapse() {
        List<Runnable> now;
        synchronized (this) {
            now = List.copyOf(due);
            due.clear();
        }
        now.forEach(Runnable::run);
    }
}
