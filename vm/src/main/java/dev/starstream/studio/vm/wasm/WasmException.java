package dev.starstream.studio.vm.wasm;

/**
 * The one unchecked exception the wasm layer throws. Each subtype names a {@link #reason()} that is
 * stable across releases (it appears in machine-readable output) and a message a person can read.
 */
public abstract sealed class WasmException extends RuntimeException
        permits InvalidModuleException,
                LinkException,
                WasmTrapException,
                OutOfGasException,
                StackOverflowException,
                ExecutionInterruptedException {
    private static final long serialVersionUID = 1L;

    WasmException(String message, Throwable cause) {
        super(message, cause);
    }

    WasmException(String message) {
        super(message);
    }

    /** Stable name of the failure: {@code InvalidModule}, {@code LinkError}, {@code Trap}, … */
    public abstract String reason();
}
