package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.TransitionPlan.InputChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** B §3.5 as amended by A.4, A.5b and A.8, on the in-memory ledger. */
class LedgerTransitionTest {
    private final LedgerFixture f = new LedgerFixture();

    private UtxoId createBill(int due) {
        return f.tx().create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, due), "Meter")).commit()
                .plan().outputs().getFirst().created().id();
    }

    @Test
    void newOutputsGetPerContractNoncesAndCoroutineIdsFromTheRealTransactionHash() {
        ApplyResult.Committed first = f.tx()
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 15)))
                .create(NewOutput.of(f.coin.hash(), UtxoState.utxo(0, 1)))
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 16)))
                .commit();
        List<UtxoEntry> created = first.plan().created();
        assertThat(created).extracting(UtxoEntry::id).containsExactly(
                new UtxoId(f.bill.hash(), 0), new UtxoId(f.coin.hash(), 0), new UtxoId(f.bill.hash(), 1));
        assertThat(created).extracting(UtxoEntry::coroutine).containsExactly(
                new CoroutineId(first.txHash(), 0), new CoroutineId(first.txHash(), 1), new CoroutineId(first.txHash(), 2));
        assertThat(first.txHash()).isNotEqualTo(Hash32.ZERO);
        assertThat(f.ledger.nextNonce(f.bill.hash())).isEqualTo(2);
        assertThat(f.ledger.utxo(new UtxoId(f.bill.hash(), 1)).orElseThrow().state()).isEqualTo(UtxoState.utxo(0, 1, 16));
    }

    @Test
    void aChangedInputIsSpentAndContinuesUnderANewUtxoIdWithTheSameCoroutine() {
        UtxoId bill = createBill(15);
        CoroutineId coroutine = f.ledger.coroutineOf(bill).orElseThrow();
        ApplyResult.Committed resumed = f.tx().spend(bill, Continuation.of(UtxoState.utxo(0, 1, 30), "Meter")).commit();
        InputChange change = resumed.plan().inputs().getFirst();
        assertThat(change.fate()).isEqualTo(InputFate.CONTINUED);
        UtxoId next = change.after().id();
        assertThat(next).isEqualTo(new UtxoId(f.bill.hash(), 1));
        assertThat(f.ledger.utxo(bill)).isEmpty();
        assertThat(f.ledger.spentBy(bill)).contains(resumed.txHash());
        assertThat(f.ledger.coroutineOf(next)).contains(coroutine);
        assertThat(f.ledger.utxoOf(coroutine)).contains(next);
    }

    @Test
    void anInputWhoseContinuationEqualsItsStateIsAReferenceInputAndKeepsItsUtxoId() {
        UtxoId bill = createBill(15);
        Hash32 rootBefore = f.ledger.stateRoot();
        ApplyResult.Committed read = f.tx().spend(bill, Continuation.of(UtxoState.utxo(0, 1, 15), "Meter")).commit();
        assertThat(read.plan().inputs().getFirst().fate()).isEqualTo(InputFate.REFERENCE);
        assertThat(read.plan().spent()).isEmpty();
        assertThat(f.ledger.utxo(bill)).isPresent();
        assertThat(f.ledger.nextNonce(f.bill.hash())).isEqualTo(1);
        assertThat(f.ledger.stateRoot()).isEqualTo(rootBefore);
    }

    @Test
    void aBurnedInputEndsItsCoroutine() {
        UtxoId bill = createBill(15);
        CoroutineId coroutine = f.ledger.coroutineOf(bill).orElseThrow();
        f.tx().spend(bill, Continuation.burned()).commit();
        assertThat(f.ledger.utxo(bill)).isEmpty();
        assertThat(f.ledger.utxoOf(coroutine)).isEmpty();
    }

    @Test
    void ephemeralOutputsKeepTheirIndexButGetNoNonceAndNoEntry() {
        ApplyResult.Committed committed = f.tx()
                .create(NewOutput.ephemeral(f.bill.hash()))
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 1)))
                .commit();
        assertThat(committed.plan().outputs().get(0).created()).isNull();
        UtxoEntry second = committed.plan().outputs().get(1).created();
        assertThat(second.id()).isEqualTo(new UtxoId(f.bill.hash(), 0));
        assertThat(second.coroutine()).isEqualTo(new CoroutineId(committed.txHash(), 1));
        assertThat(f.ledger.utxos()).hasSize(1);
    }

    @Test
    void tokenOwnershipFollowsTheOwnerCoroutineAcrossNewUtxoIds() {
        ApplyResult.Committed minted = f.tx()
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 0), "Pool"))
                .create(NewOutput.of(f.coin.hash(), UtxoState.token(1, 0, 50)))
                .bind(1, 0)
                .commit();
        UtxoEntry pool = minted.plan().outputs().get(0).created();
        UtxoEntry coin = minted.plan().outputs().get(1).created();
        assertThat(f.ledger.utxo(coin.id()).orElseThrow().owner()).isEqualTo(pool.coroutine());
        assertThat(f.ledger.tokensOwnedBy(pool.coroutine())).containsExactly(coin.coroutine());

        UtxoId poolNext = f.tx().spend(pool.id(), Continuation.of(UtxoState.utxo(0, 1, 1), "Pool")).commit()
                .plan().inputs().getFirst().after().id();
        assertThat(f.ledger.ownerOf(coin.coroutine())).contains(pool.coroutine());
        assertThat(f.ledger.utxoOf(pool.coroutine())).contains(poolNext);
    }

    @Test
    void detachingAndRebindingMovesATokenBetweenOwners() {
        ApplyResult.Committed setup = f.tx()
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 0)))
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 9)))
                .create(NewOutput.of(f.coin.hash(), UtxoState.token(1, 0, 50)))
                .bind(2, 0)
                .commit();
        UtxoEntry a = setup.plan().outputs().get(0).created();
        UtxoEntry b = setup.plan().outputs().get(1).created();
        UtxoEntry coin = setup.plan().outputs().get(2).created();
        f.tx()
                .spend(a.id(), Continuation.of(a.state()))
                .spend(b.id(), Continuation.of(b.state()))
                .spend(coin.id(), Continuation.of(coin.state()))
                .bind(2, 1)
                .commit();
        assertThat(f.ledger.ownerOf(coin.coroutine())).contains(b.coroutine());
        assertThat(f.ledger.tokensOwnedBy(a.coroutine())).isEmpty();
    }

    @Test
    void sameHistoryGivesTheSameStateRootAndBlockHashes() {
        Transaction t1 = f.tx().create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 3))).build();
        InMemoryLedger replica = new InMemoryLedger(ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION);
        replica.deploy(f.bill);
        replica.deploy(f.coin);
        assertThat(f.ledger.apply(t1, new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        assertThat(replica.apply(t1, new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        assertThat(replica.stateRoot()).isEqualTo(f.ledger.stateRoot());
        assertThat(replica.chainTip()).isEqualTo(f.ledger.chainTip());
        assertThat(StateAccumulator.of(replica.utxos().stream().map(e -> e.withOwner(null)).toList(), replica.owners(),
                replica.counters(), replica.contracts()).root()).isEqualTo(replica.stateRoot());
    }

    @Test
    void blocksAdvanceHeightAndSlotAndChainByParentHash() {
        LedgerFixture onDemand = new LedgerFixture(InMemoryLedger.Mining.ON_DEMAND);
        PendingBlock pending = onDemand.ledger.pendingBlock();
        assertThat(pending.height()).isEqualTo(1);
        assertThat(pending.slot()).isEqualTo(1);
        onDemand.tx().create(NewOutput.of(onDemand.bill.hash(), UtxoState.utxo(0, 1))).commit();
        onDemand.tx().create(NewOutput.of(onDemand.bill.hash(), UtxoState.utxo(0, 1))).commit();
        assertThat(onDemand.ledger.pendingTransactions()).hasSize(2);
        onDemand.ledger.advanceSlots(10);
        BlockHeader block = onDemand.ledger.mineBlock();
        assertThat(block.height()).isEqualTo(1);
        assertThat(block.slot()).isEqualTo(11);
        assertThat(block.txCount()).isEqualTo(2);
        assertThat(block.timeMillis()).isEqualTo(ChainParameters.DEFAULT.timeOfSlot(11));
        assertThat(block.parentHash()).isEqualTo(onDemand.ledger.blocks().getFirst().hash());
        assertThat(onDemand.ledger.pendingBlock()).isEqualTo(new PendingBlock(2, 12, ChainParameters.DEFAULT.timeOfSlot(12)));
    }
}
