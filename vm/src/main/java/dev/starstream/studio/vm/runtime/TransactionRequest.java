package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A transaction to run: the ledger it runs against, the entry script (its contract, deployed in the
 * view, and its name), its arguments (utxo and token arguments as {@link Value.InputRef}s), the gas
 * limit and the mode.
 */
public record TransactionRequest(
        LedgerView view,
        Hash32 entryContract,
        String script,
        List<Value> arguments,
        long gasLimit,
        RunMode mode,
        @Nullable Context context) {
    public TransactionRequest {
        arguments = List.copyOf(arguments);
        if (gasLimit < 0) {
            throw new IllegalArgumentException("negative gas limit " + gasLimit);
        }
    }

    /**
     * Where in the chain the transaction sits, when it is not "now" on the view: the block its intent
     * was prepared at and the block it is applied in (re-execution of a recorded transaction, A.12).
     */
    public record Context(long preparedAtHeight, Hash32 preparedAtHash, PendingBlock block) {}

    public TransactionRequest(
            LedgerView view, Hash32 entryContract, String script, List<Value> arguments, long gasLimit, RunMode mode) {
        this(view, entryContract, script, arguments, gasLimit, mode, null);
    }

    /** The block the run sees as the one it is applied in. */
    public PendingBlock block() {
        return context != null ? context.block() : view.pendingBlock();
    }

    /** The block the intent names as prepared at: the context's, else the view's chain tip. */
    public long preparedAtHeight() {
        return context != null ? context.preparedAtHeight() : view.chainTip().height();
    }

    public Hash32 preparedAtHash() {
        return context != null ? context.preparedAtHash() : view.chainTip().blockHash();
    }

    /** Run mode with the default gas limit (A.5b). */
    public static TransactionRequest of(LedgerView view, Hash32 entryContract, String script, List<Value> arguments) {
        return new TransactionRequest(view, entryContract, script, arguments, Intent.DEFAULT_GAS_LIMIT, RunMode.RUN);
    }

    public TransactionRequest withMode(RunMode newMode) {
        return new TransactionRequest(view, entryContract, script, arguments, gasLimit, newMode, context);
    }

    public TransactionRequest withGasLimit(long newLimit) {
        return new TransactionRequest(view, entryContract, script, arguments, newLimit, mode, context);
    }

    public TransactionRequest withContext(Context newContext) {
        return new TransactionRequest(view, entryContract, script, arguments, gasLimit, mode, newContext);
    }
}
