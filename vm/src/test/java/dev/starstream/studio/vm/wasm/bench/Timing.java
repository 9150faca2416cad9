package dev.starstream.studio.vm.wasm.bench;

import java.util.function.LongSupplier;

/**
 * Wall-clock timing for the benchmark mains: warm-up runs, then the fastest of the measured runs
 * (on a shared machine the minimum is the least disturbed figure).
 */
final class Timing {
    private Timing() {}

    /** Fastest of {@code runs} measured calls after {@code warmups} unmeasured ones, in milliseconds. */
    static double bestMillis(int warmups, int runs, LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += work.getAsLong();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }
}
