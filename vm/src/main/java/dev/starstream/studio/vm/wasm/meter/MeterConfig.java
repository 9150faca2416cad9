package dev.starstream.studio.vm.wasm.meter;

import java.util.Set;

/**
 * What the metering pass inserts besides the gas charges every module gets.
 *
 * @param perFunctionGas also add each block's charge to a counter of its function, so that gas
 *     can be read per function (costs four instructions per block; see the metering benchmark)
 * @param callDepth count calls in a depth counter that fails deep recursion deterministically
 * @param freeHookModules import modules whose functions are <em>hooks</em>: a call of a function
 *     imported from one of them that returns nothing, together with the instructions that push its
 *     arguments (constants, {@code local.get}, {@code global.get} and loads from them, see {@link
 *     HookSequences}), is not charged. A debug build, which is its release build plus such calls,
 *     then costs exactly what the release build costs (RUNTIME A.9 P2).
 */
public record MeterConfig(boolean perFunctionGas, boolean callDepth, Set<String> freeHookModules) {
    public MeterConfig {
        freeHookModules = Set.copyOf(freeHookModules);
    }

    public MeterConfig(boolean perFunctionGas, boolean callDepth) {
        this(perFunctionGas, callDepth, Set.of());
    }

    /** Per-function gas and the depth counter, what the runtime uses; every call is charged. */
    public static MeterConfig defaults() {
        return new MeterConfig(true, true);
    }

    /** Only the total gas charge and the depth counter. */
    public static MeterConfig totalGasOnly() {
        return new MeterConfig(false, true);
    }

    /** This configuration with calls of hooks imported from {@code modules} free of charge. */
    public MeterConfig withFreeHooks(Set<String> modules) {
        return new MeterConfig(perFunctionGas, callDepth, modules);
    }
}
