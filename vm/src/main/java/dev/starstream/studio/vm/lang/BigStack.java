package dev.starstream.studio.vm.lang;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs recursive language work (parsing, checking, formatting) on a thread with a large stack, so
 * that deeply nested input is bounded by our nesting cap and not by the caller's thread stack.
 */
public final class BigStack {
    /** 512 MiB of address space; only the pages touched are committed. */
    private static final long STACK_BYTES = 512L << 20;

    private static final String THREAD_NAME = "starstream-language";

    private BigStack() {}

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code work} on a big-stack thread and returns its result, rethrowing its unchecked failure. */
    public static <T> T call(Callable<T> work) {
        if (Thread.currentThread().getName().equals(THREAD_NAME)) {
            return callHere(work);
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable t) { // the boundary: rethrown on the caller's thread below
                failure.set(t);
            }
        }, THREAD_NAME, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for language work", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(new ExecutionException(t));
        }
        return result.get();
    }
}
