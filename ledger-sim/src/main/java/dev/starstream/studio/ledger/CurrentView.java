package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.ChainTip;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.LedgerState;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A view of whatever state a {@link Ledger} currently holds (it survives reverts and reloads). It is a
 * full {@link LedgerState}, so a run against it can name the UtxoIds its outputs will get.
 */
final class CurrentView implements LedgerState {
    private final Supplier<InMemoryLedger> current;

    CurrentView(Supplier<InMemoryLedger> current) {
        this.current = current;
    }

    @Override
    public Optional<UtxoEntry> utxo(UtxoId id) {
        return current.get().utxo(id);
    }

    @Override
    public Optional<UtxoId> utxoOf(CoroutineId coroutine) {
        return current.get().utxoOf(coroutine);
    }

    @Override
    public Optional<CoroutineId> ownerOf(CoroutineId token) {
        return current.get().ownerOf(token);
    }

    @Override
    public List<CoroutineId> tokensOwnedBy(CoroutineId owner) {
        return current.get().tokensOwnedBy(owner);
    }

    @Override
    public Optional<DeployedContract> contract(Hash32 hash) {
        return current.get().contract(hash);
    }

    @Override
    public ChainTip chainTip() {
        return current.get().chainTip();
    }

    @Override
    public PendingBlock pendingBlock() {
        return current.get().pendingBlock();
    }

    @Override
    public Optional<Hash32> blockHashAt(long height) {
        return current.get().blockHashAt(height);
    }

    @Override
    public long nextNonce(Hash32 contract) {
        return current.get().nextNonce(contract);
    }

    @Override
    public Optional<Hash32> spentBy(UtxoId id) {
        return current.get().spentBy(id);
    }

    @Override
    public boolean hasTransaction(Hash32 txHash) {
        return current.get().hasTransaction(txHash);
    }
}
