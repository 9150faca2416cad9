package dev.starstream.studio.vm.runtime;

/** A deployed contract that cannot run: invalid module bytes, a missing or malformed layout, a foreign debug build. */
public final class ContractLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractLoadException(String message) {
        super(message);
    }

    public ContractLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
