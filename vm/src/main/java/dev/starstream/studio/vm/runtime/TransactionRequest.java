package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;

/**
 * A transaction to run: the ledger it runs against, the entry script (its contract, deployed in the
 * view, and its name), its arguments (utxo and token arguments as {@link Value.InputRef}s), the gas
 * limit and the mode.
 */
public record TransactionRequest(
        LedgerView view, Hash32 entryContract, String script, List<Value> arguments, long gasLimit, RunMode mode) {
    public TransactionRequest {
        arguments = List.copyOf(arguments);
        if (gasLimit < 0) {
            throw new IllegalArgumentException("negative gas limit " + gasLimit);
        }
    }

    /** Run mode with the default gas limit (A.5b). */
    public static TransactionRequest of(LedgerView view, Hash32 entryContract, String script, List<Value> arguments) {
        return new TransactionRequest(view, entryContract, script, arguments, Intent.DEFAULT_GAS_LIMIT, RunMode.RUN);
    }

    public TransactionRequest withMode(RunMode newMode) {
        return new TransactionRequest(view, entryContract, script, arguments, gasLimit, newMode);
    }

    public TransactionRequest withGasLimit(long newLimit) {
        return new TransactionRequest(view, entryContract, script, arguments, newLimit, mode);
    }
}
