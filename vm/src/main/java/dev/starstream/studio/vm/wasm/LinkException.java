package dev.starstream.studio.vm.wasm;

/** A valid module that cannot be instantiated: a missing or mistyped import, or a segment out of bounds. */
public final class LinkException extends WasmException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String reason() {
        return "LinkError";
    }
}
