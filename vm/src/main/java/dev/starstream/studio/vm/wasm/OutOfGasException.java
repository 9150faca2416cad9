package dev.starstream.studio.vm.wasm;

/**
 * The gas limit was reached. Raised deterministically (the same function and offset in the
 * interpreter and in compiled code) at the entry of the basic block whose charge did not fit.
 * {@link #functionIndex()} is −1 when a host call's charge did not fit; {@link #instructionOffset()}
 * is the offset of the block's first instruction from the start of its function's instructions in
 * the original module, the offset the code generator's debug information maps to a statement.
 */
public final class OutOfGasException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final long limit;
    private final int functionIndex;
    private final String functionName;
    private final int instructionOffset;

    public OutOfGasException(long limit, int functionIndex, String functionName, int instructionOffset) {
        super("out of gas (limit " + limit + ") in " + functionName
                + (functionIndex >= 0 ? " at instruction offset " + instructionOffset : ""));
        this.limit = limit;
        this.functionIndex = functionIndex;
        this.functionName = functionName;
        this.instructionOffset = instructionOffset;
    }

    public long limit() {
        return limit;
    }

    public int functionIndex() {
        return functionIndex;
    }

    public String functionName() {
        return functionName;
    }

    public int instructionOffset() {
        return instructionOffset;
    }

    @Override
    public String reason() {
        return "OutOfGas";
    }
}
