package dev.starstream.studio.vm.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The ledger a transaction runs against, read-only: what the runtime needs to rehydrate inputs
 * (A.8), compute {@code ownership_in} (B §3.1), load contracts and answer {@code blockHeight()} /
 * {@code currentSlot()} (A.6). Implemented in memory by {@link InMemoryLedger} and persistently by
 * the ledger-sim module. A view is a consistent snapshot for as long as the caller does not apply
 * anything to the ledger it came from.
 */
public interface LedgerView {
    /** The live utxo or token with this id (with its owner filled in), or empty if unknown or spent. */
    Optional<UtxoEntry> utxo(UtxoId id);

    /** The coroutine of a live utxo. */
    default Optional<CoroutineId> coroutineOf(UtxoId id) {
        return utxo(id).map(UtxoEntry::coroutine);
    }

    /** The live UtxoId of a coroutine, or empty when it ended. */
    Optional<UtxoId> utxoOf(CoroutineId coroutine);

    /** The coroutine of the utxo that owns this token coroutine, or empty when it is unowned. */
    Optional<CoroutineId> ownerOf(CoroutineId token);

    /** The token coroutines this utxo coroutine owns, sorted. */
    List<CoroutineId> tokensOwnedBy(CoroutineId owner);

    /** The deployed contract with this hash. */
    Optional<DeployedContract> contract(Hash32 hash);

    /** The last sealed block. */
    ChainTip chainTip();

    /** The block a transaction run now is applied in. */
    PendingBlock pendingBlock();

    /** The hash of the sealed block at this height, if there is one (a transaction's prepared-at block). */
    Optional<Hash32> blockHashAt(long height);
}
