package dev.starstream.studio.vm.runtime;

import java.util.List;

/**
 * What a debug build's hook reported (docs/design/vm-abi.md §8), in global order: the process, what
 * happened, the statement/function/variable id or yield point, the value's lanes for a variable
 * write, and {@code step}, the number of interleaving operations executed before it.
 */
public record DebugStep(int pid, Kind kind, int id, List<Long> lanes, long step) {
    public DebugStep {
        lanes = List.copyOf(lanes);
    }

    public enum Kind {
        /** {@code stmt(id)}: a statement starts. */
        STATEMENT,
        /** {@code enter(fn)}. */
        ENTER,
        /** {@code exit(fn)}. */
        EXIT,
        /** {@code write.i32/i64(var, v)}: lanes hold the value (one lane, or lo and hi). */
        WRITE,
        /** {@code yield(k)}: the coroutine suspends at yield point k. */
        YIELD,
        /** {@code resumed(k)}: it continues after yield point k. */
        RESUMED
    }
}
