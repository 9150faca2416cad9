package dev.starstream.studio.vm.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stops a running transaction: thrown by the host (from inside wasm calls, through Chicory) with the
 * failure as data. Never leaves the runtime.
 */
final class TxAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TxFailure failure;

    TxAbort(TxFailure failure) {
        super(failure.reason() + ": " + failure.message(), null, false, false);
        this.failure = failure;
    }

    TxFailure failure() {
        return failure;
    }

    static TxFailure failure(String reason, String message, @Nullable Integer rule, @Nullable Long code,
            @Nullable Integer pid, @Nullable SourceLocation location, List<TxFailure.StackFrame> stack) {
        return new TxFailure(reason, message, rule, code, pid, location, stack);
    }
}
