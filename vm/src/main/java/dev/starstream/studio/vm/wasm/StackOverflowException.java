package dev.starstream.studio.vm.wasm;

/**
 * The call depth limit was reached on entry to {@link #functionIndex()}; deterministic in both
 * modes. When the JVM's own stack runs out first (a host re-entering deeply), the function is
 * unknown ({@code -1}) and the message says so.
 */
public final class StackOverflowException extends WasmException {
    private static final long serialVersionUID = 1L;

    private final int limit;
    private final int functionIndex;
    private final String functionName;

    public StackOverflowException(int limit, int functionIndex, String functionName) {
        super(describe(limit, functionIndex, functionName));
        this.limit = limit;
        this.functionIndex = functionIndex;
        this.functionName = functionName;
    }

    public StackOverflowException(int limit, int functionIndex, String functionName, Throwable cause) {
        super(describe(limit, functionIndex, functionName), cause);
        this.limit = limit;
        this.functionIndex = functionIndex;
        this.functionName = functionName;
    }

    private static String describe(int limit, int functionIndex, String functionName) {
        return functionIndex >= 0
                ? "call depth limit " + limit + " exceeded on entry to " + functionName
                : "stack overflow: " + functionName;
    }

    public int limit() {
        return limit;
    }

    public int functionIndex() {
        return functionIndex;
    }

    public String functionName() {
        return functionName;
    }

    @Override
    public String reason() {
        return "StackOverflow";
    }
}
