package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of running a transaction: committed (ready for a ledger) or failed (nothing changes). */
public sealed interface TransactionResult {
    Trace trace();

    /** Gas the run used. */
    default long gasUsed() {
        return trace().gas().used();
    }

    /**
     * The run succeeded: {@code transaction} is what a ledger applies (its effects and trace filled in,
     * {@code vm.ledger} package-info), {@code result} the entry script's return value, {@code outputs}
     * every utxo and token of the transaction decoded.
     */
    record Committed(Transaction transaction, Value result, Trace trace, List<OutputReport> outputs)
            implements TransactionResult {
        public Committed {
            outputs = List.copyOf(outputs);
        }
    }

    /** The run failed; {@code intent} is null when the request failed before one could be formed. */
    record Failed(TxFailure failure, Trace trace, @Nullable Intent intent) implements TransactionResult {}

    default boolean committed() {
        return this instanceof Committed;
    }
}
