package dev.starstream.studio.vm.runtime;

/**
 * A request that cannot become a transaction: the contract is not deployed or cannot be loaded, the
 * script does not exist, the arguments do not fit its parameters. A usage error, not a failed
 * transaction.
 */
public final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestException(String message) {
        super(message);
    }

    public RequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
