package dev.starstream.studio.vm.wasm.load;

import dev.starstream.studio.vm.wasm.OutOfGasException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The gas and call depth one transaction may use, shared by every instance that runs under it.
 * Metered code keeps its remaining gas and depth in globals of its own instance; the budget moves
 * them from instance to instance at every call boundary (a host calling into another instance,
 * nested or re-entrant), so the limit holds across processes and every instance's own use is known.
 * One budget serves one thread at a time.
 */
public final class ExecutionBudget {
    /** RUNTIME A.5b's default transaction limit. */
    public static final long DEFAULT_GAS = 10_000_000;
    /**
     * Nested wasm calls allowed. Chicory's interpreter needs about 1 KiB of JVM stack per wasm frame
     * (about 1,000 frames in a 1 MiB thread stack, 768 in 512 KiB); compiled code needs less. Run
     * deeper limits on a thread with a larger stack.
     */
    public static final int DEFAULT_DEPTH = 500;

    private final long gasLimit;
    private final int depthLimit;
    private long gasRemaining;
    private int depthRemaining;
    private final Deque<Activation> active = new ArrayDeque<>();

    /** A call running on an instance: its gas when it (re)started running, its depth at entry. */
    private static final class Activation {
        final WasmInstance instance;
        long mark;
        int depthAtEntry;

        Activation(WasmInstance instance, long mark, int depthAtEntry) {
            this.instance = instance;
            this.mark = mark;
            this.depthAtEntry = depthAtEntry;
        }
    }

    public ExecutionBudget(long gasLimit, int depthLimit) {
        if (gasLimit < 0 || depthLimit < 1) {
            throw new IllegalArgumentException("gas limit " + gasLimit + ", depth limit " + depthLimit);
        }
        this.gasLimit = gasLimit;
        this.depthLimit = depthLimit;
        this.gasRemaining = gasLimit;
        this.depthRemaining = depthLimit;
    }

    public static ExecutionBudget withGas(long gasLimit) {
        return new ExecutionBudget(gasLimit, DEFAULT_DEPTH);
    }

    public long gasLimit() {
        return gasLimit;
    }

    public int depthLimit() {
        return depthLimit;
    }

    public long gasRemaining() {
        Activation top = active.peek();
        return top == null ? gasRemaining : Math.max(0, top.instance.gasGlobal());
    }

    public long gasUsed() {
        return gasLimit - gasRemaining();
    }

    /**
     * Charges a fixed amount, typically for a host call, to the instance running now (or to the
     * budget when none runs). Throws {@link OutOfGasException} naming {@code what} when it does not fit.
     */
    public void charge(long amount, String what) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative charge " + amount);
        }
        Activation top = active.peek();
        long left = (top == null ? gasRemaining : top.instance.gasGlobal()) - amount;
        long kept = Math.max(0, left);
        if (top == null) {
            gasRemaining = kept;
        } else {
            top.instance.setGasGlobal(kept);
        }
        if (left < 0) {
            throw new OutOfGasException(gasLimit, -1, what, -1);
        }
    }

    /** Runs a call on {@code target} with the budget moved into it and back out afterwards. */
    long[] run(WasmInstance target, Supplier<long[]> call) {
        Activation parent = active.peek();
        int parentDepth = 0;
        if (parent != null) {
            gasRemaining = Math.max(0, parent.instance.gasGlobal());
            parent.instance.addOwnGas(parent.mark - gasRemaining);
            parentDepth = parent.instance.depthGlobal();
            depthRemaining = parentDepth;
        }
        int depthBefore = depthRemaining;
        target.setGasGlobal(gasRemaining);
        target.setDepthGlobal(depthRemaining);
        Activation activation = new Activation(target, gasRemaining, depthBefore);
        active.push(activation);
        try {
            return call.get();
        } finally {
            gasRemaining = Math.max(0, target.gasGlobal());
            target.addOwnGas(activation.mark - gasRemaining);
            depthRemaining = activation.depthAtEntry;
            active.pop();
            if (parent != null) {
                parent.instance.setGasGlobal(gasRemaining);
                parent.instance.setDepthGlobal(parentDepth);
                parent.mark = gasRemaining;
            }
        }
    }
}
