package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.ProcessId;

/**
 * One step of the global interleaving: operation {@code index} (0-based) of process {@code pid}'s
 * trace. The global order is the list of steps; its position is the global step (0-based).
 */
public record Step(ProcessId pid, int index) {
    public Step {
        if (index < 0) {
            throw new IllegalArgumentException("an op index is >= 0, got " + index);
        }
    }
}
