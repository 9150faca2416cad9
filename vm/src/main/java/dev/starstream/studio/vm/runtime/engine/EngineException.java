package dev.starstream.studio.vm.runtime.engine;

/**
 * What went wrong in the engine, with a stable reason: {@code InvalidModule}, {@code LinkError},
 * {@code Trap}, {@code OutOfGas}, {@code StackOverflow}, {@code Interrupted}. A failure raised by a
 * host function travels as the cause (see {@link #hostFailure}).
 */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public EngineException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public EngineException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** The first throwable of type {@code type} in {@code failure}'s cause chain, if any. */
    public static <T extends Throwable> java.util.Optional<T> hostFailure(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return java.util.Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }
}
