package dev.starstream.studio.vm.wasm;

/** The running thread was interrupted ({@link Thread#interrupt()}), the wall-clock backstop. */
public final class ExecutionInterruptedException extends WasmException {
    private static final long serialVersionUID = 1L;

    public ExecutionInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String reason() {
        return "Interrupted";
    }
}
