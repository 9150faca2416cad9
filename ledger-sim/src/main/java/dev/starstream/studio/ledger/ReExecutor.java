package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;

/**
 * Re-executes a transaction's intent deterministically against the state it is applied to and
 * returns what the run produced (RUNTIME A.12): how the ledger verifies a transaction it did not
 * execute itself (an import, a replay, a scenario file). The ledger compares the effects with the
 * ones the transaction carries and refuses it with {@code ReexecutionMismatch} when they differ.
 * {@link RuntimeReExecutor} implements it on {@code vm.runtime}; without one, imported transactions
 * are checked by hashes, state roots and signatures only and recorded as such.
 */
@FunctionalInterface
public interface ReExecutor {
    Outcome reexecute(Transaction tx, LedgerView before);

    /** What re-executing produced. */
    sealed interface Outcome {
        /** The run committed with these effects. */
        record Produced(TransactionEffects effects) implements Outcome {}

        /** The intent could not be re-run, or the run failed (a transaction that failed is never on a ledger). */
        record Failed(String reason, String message) implements Outcome {}
    }
}
