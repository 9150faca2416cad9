package dev.starstream.studio.vm.wasm.encode;

/** Bytes that do not follow the WebAssembly binary encoding, with the offset where reading failed. */
public final class MalformedBytesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public MalformedBytesException(String message, int offset) {
        super(message + " at byte " + offset);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
