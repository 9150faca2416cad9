package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;

/**
 * Re-executes a transaction's intent deterministically against the state it is applied to and
 * returns the effects the run produced (RUNTIME A.12): how the ledger verifies a transaction it did
 * not execute itself (an import, a replay, a scenario file). The ledger compares the result with
 * the effects the transaction carries and refuses it with {@code ReexecutionMismatch} when they
 * differ. Implemented on top of the runtime ({@code vm.runtime}) and wired in by the composition
 * root; without one, imported transactions are checked by hashes, state roots and signatures only
 * and recorded as such.
 */
@FunctionalInterface
public interface ReExecutor {
    TransactionEffects reexecute(Transaction tx, LedgerView before);
}
