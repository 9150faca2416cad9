package dev.starstream.studio.vm.wasm.codegen.emit;

/**
 * The reasons compiled code passes to the {@code starstream:std/trap} {@code trap} import
 * (docs/design/vm-abi.md §4). The call never returns; an {@code unreachable} follows it.
 */
public enum TrapReason {
    OVERFLOW(1),
    DIVISION_BY_ZERO(2),
    /** The resume dispatcher found no yield point (main has ended). */
    METHOD_NOT_AVAILABLE(3),
    /** A state the type checker rules out (a non-exhaustive match, a corrupt resume point). */
    UNREACHABLE(4),
    /** The shadow stack of handler frames could not grow. */
    STACK_OVERFLOW(5),
    /** A handler clause was entered while it was already running for the same {@code try} activation (A.3). */
    REENTRANT_HANDLER(6);

    private final int code;

    TrapReason(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static java.util.Optional<TrapReason> ofCode(int code) {
        for (TrapReason r : values()) {
            if (r.code == code) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
