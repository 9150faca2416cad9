package dev.starstream.studio.vm.wasm;

/**
 * A WebAssembly trap: {@code unreachable}, division by zero, out-of-bounds memory or table access,
 * an indirect call of the wrong type, or an exception thrown by a host function.
 */
public final class WasmTrapException extends WasmException {
    private static final long serialVersionUID = 1L;

    public WasmTrapException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String reason() {
        return "Trap";
    }
}
