package dev.starstream.studio.vm.wasm.meter;

/**
 * What the metering pass inserts besides the gas charges every module gets.
 *
 * @param perFunctionGas also add each block's charge to a counter of its function, so that gas
 *     can be read per function (costs four instructions per block; see the metering benchmark)
 * @param callDepth count calls in a depth counter that fails deep recursion deterministically
 */
public record MeterConfig(boolean perFunctionGas, boolean callDepth) {
    /** Per-function gas and the depth counter, what the runtime uses. */
    public static MeterConfig defaults() {
        return new MeterConfig(true, true);
    }

    /** Only the total gas charge and the depth counter. */
    public static MeterConfig totalGasOnly() {
        return new MeterConfig(false, true);
    }
}
