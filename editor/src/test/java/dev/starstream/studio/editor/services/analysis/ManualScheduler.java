package dev.starstream.studio.editor.services.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler driven by the test: scheduled tasks run when {@link #elapse()} is called. */
public final class ManualScheduler implements Scheduler {
    private final List<Runnable> due = new ArrayList<>();
    private int scheduledCount;

    @Override
    public Runnable schedule(Runnable task, Duration delay) {
        scheduledCount++;
        Runnable[] holder = new Runnable[1];
        holder[0] = task;
        due.add(task);
        return () -> due.remove(task);
    }

    /** Runs every task still scheduled (the pause has passed). */
    public void elapse() {
        List<Runnable> now = List.copyOf(due);
        due.clear();
        now.forEach(Runnable::run);
    }

    public int pending() {
        return due.size();
    }

    public int scheduledCount() {
        return scheduledCount;
    }
}
