package dev.starstream.studio.vm.runtime.engine;

import dev.starstream.studio.vm.wasm.OutOfGasException;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;

/**
 * The gas and call depth one transaction may use, shared by every instance that runs under it
 * ({@link ExecutionBudget}): metered code charges its instructions; the runtime charges interleaving
 * operations and host calls with {@link #charge}.
 */
public final class GasMeter {
    private final ExecutionBudget budget;

    public GasMeter(long limit, int depthLimit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative gas limit " + limit);
        }
        this.budget = new ExecutionBudget(limit, depthLimit);
    }

    public GasMeter(long limit) {
        this(limit, ExecutionBudget.DEFAULT_DEPTH);
    }

    public long limit() {
        return budget.gasLimit();
    }

    public long used() {
        return budget.gasUsed();
    }

    /** Charges {@code amount}; {@link EngineException} {@code OutOfGas} naming {@code what} when it does not fit. */
    public void charge(long amount, String what) {
        try {
            budget.charge(amount, what);
        } catch (OutOfGasException e) {
            throw new EngineException("OutOfGas", "out of gas (limit " + budget.gasLimit() + ") at " + what, e);
        }
    }

    ExecutionBudget budget() {
        return budget;
    }
}
