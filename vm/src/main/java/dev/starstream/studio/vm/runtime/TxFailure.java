package dev.starstream.studio.vm.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a transaction failed (RUNTIME A.6, A.11): the reason's stable name ({@code UtxoResumesUtxo},
 * {@code HandlerNotFound}, {@code Overflow}, {@code OutOfGas}, {@code ContractError}, …), a message,
 * the interleaving rule when one was broken, the contract's error code for {@code ContractError}, the
 * process that failed (canonical pid) and where, and the stack of processes at the failure (innermost
 * first). A failed transaction changes nothing.
 */
public record TxFailure(
        String reason,
        String message,
        @Nullable Integer rule,
        @Nullable Long code,
        @Nullable Integer pid,
        @Nullable SourceLocation location,
        List<StackFrame> stack) {
    public TxFailure {
        stack = List.copyOf(stack);
    }

    /** One process on the stack at the failure: its pid, label, the function running and where. */
    public record StackFrame(int pid, String process, String function, @Nullable SourceLocation location) {}

    /** The same failure located at {@code where} with {@code frames} (from a debug re-run). */
    public TxFailure locatedAt(@Nullable SourceLocation where, List<StackFrame> frames) {
        return new TxFailure(reason, message, rule, code, pid, where, frames);
    }

    /** One line: {@code HandlerNotFound at tariff.star:14:5: …}. */
    public String describe() {
        return reason + (location == null ? "" : " at " + location) + ": " + message;
    }
}
