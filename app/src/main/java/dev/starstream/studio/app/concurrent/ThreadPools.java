package dev.starstream.studio.app.concurrent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates every thread pool of the application, with named daemon threads ({@code
 * studio-<name>-<n>}) whose uncaught exceptions are logged, and shuts them all down on close.
 * Nothing else in the application creates threads.
 */
public final class ThreadPools implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadPools.class);

    private final List<ExecutorService> pools = new CopyOnWriteArrayList<>();

    /** One thread, tasks in submission order (e.g. highlighting, settings writes). */
    public ExecutorService single(String name) {
        return track(Executors.newSingleThreadExecutor(factory(name)));
    }

    /** Up to {@code threads} threads (e.g. background tasks). */
    public ExecutorService fixed(String name, int threads) {
        return track(Executors.newFixedThreadPool(threads, factory(name)));
    }

    /** One thread for delayed and periodic work. */
    public ScheduledExecutorService scheduled(String name) {
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(factory(name));
        pools.add(pool);
        return pool;
    }

    private ExecutorService track(ExecutorService pool) {
        pools.add(pool);
        return pool;
    }

    /** A factory of named daemon threads. */
    public static ThreadFactory factory(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "studio-" + name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("uncaught in {}", thread.getName(), e));
            return t;
        };
    }

    /** Stops every pool: running tasks are interrupted, waiting at most {@code millis} in total. */
    public void shutdown(long millis) {
        pools.forEach(ExecutorService::shutdownNow);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ExecutorService pool : pools) {
            try {
                pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        shutdown(2_000);
    }
}
