package dev.starstream.studio.vm.ledger;

import java.util.Optional;

/**
 * What applying a transaction needs beyond {@link LedgerView}: the per-contract nonce counters, the
 * history of spent UtxoIds (to name double spends) and the set of applied transactions.
 */
public interface LedgerState extends LedgerView {
    /** The nonce the next new UtxoId of this contract gets (0 for a contract never used). */
    long nextNonce(Hash32 contract);

    /** The hash of the transaction that spent this UtxoId, if it was live once and is spent now. */
    Optional<Hash32> spentBy(UtxoId id);

    /** Whether a transaction with this hash was already applied. */
    boolean hasTransaction(Hash32 txHash);
}
