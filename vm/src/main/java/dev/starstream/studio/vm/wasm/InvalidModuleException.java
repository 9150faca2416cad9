package dev.starstream.studio.vm.wasm;

/**
 * Module bytes that are malformed, fail validation, exceed a loader cap, or use a feature the
 * metering pass does not accept (SIMD, threads, exceptions, GC). Nothing was instantiated.
 */
public final class InvalidModuleException extends WasmException {
    private static final long serialVersionUID = 1L;

    public InvalidModuleException(String message) {
        super(message);
    }

    public InvalidModuleException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String reason() {
        return "InvalidModule";
    }
}
