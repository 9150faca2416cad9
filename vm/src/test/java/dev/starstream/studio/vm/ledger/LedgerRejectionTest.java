package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every refusal is named and leaves the ledger exactly as it was. */
class LedgerRejectionTest {
    private final LedgerFixture f = new LedgerFixture();

    private record Snapshot(Hash32 root, ChainTip tip, List<UtxoEntry> utxos, long pendingSlot) {}

    private Snapshot snapshot() {
        return new Snapshot(f.ledger.stateRoot(), f.ledger.chainTip(), f.ledger.utxos(), f.ledger.pendingSlot());
    }

    private void assertRejected(LedgerFixture.Builder tx, RejectReason reason) {
        assertRejected(tx.build(), reason);
    }

    private void assertRejected(Transaction tx, RejectReason reason) {
        Snapshot before = snapshot();
        ApplyResult result = f.ledger.apply(tx, new JdkEd25519());
        assertThat(result).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                rejected -> assertThat(rejected.rejection().reason()).isEqualTo(reason.name()));
        assertThat(snapshot()).isEqualTo(before);
    }

    private UtxoEntry create(NewOutput output) {
        return f.tx().create(output).commit().plan().outputs().getFirst().created();
    }

    private UtxoEntry bill() {
        return create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1, 5)));
    }

    @Test
    void spendingASpentUtxoIsADoubleSpend() {
        UtxoEntry bill = bill();
        f.tx().spend(bill.id(), Continuation.burned()).commit();
        assertRejected(f.tx().spend(bill.id(), Continuation.burned()), RejectReason.DoubleSpend);
    }

    @Test
    void spendingAnUnknownUtxoIsInputNotFound() {
        assertRejected(f.tx().spend(new UtxoId(f.bill.hash(), 99), Continuation.burned()), RejectReason.InputNotFound);
    }

    @Test
    void theSameInputTwiceIsDuplicateInput() {
        UtxoEntry bill = bill();
        assertRejected(f.tx().spend(bill.id(), Continuation.burned()).spend(bill.id(), Continuation.burned()),
                RejectReason.DuplicateInput);
    }

    @Test
    void anAlteredSignatureIsBadSignature() {
        Transaction tx = f.tx().create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1))).build();
        byte[] bytes = tx.signatures().getFirst().signature();
        bytes[0] ^= 1;
        Transaction forged = new Transaction(tx.intent(), List.of(new TxSignature(f.alice.publicKey(), bytes)), tx.effects(), null);
        assertRejected(forged, RejectReason.BadSignature);
    }

    @Test
    void applyingTheSameTransactionTwiceIsDuplicateTransaction() {
        LedgerFixture onDemand = new LedgerFixture(InMemoryLedger.Mining.ON_DEMAND);
        Transaction tx = onDemand.tx().create(NewOutput.of(onDemand.bill.hash(), UtxoState.utxo(0, 1))).build();
        assertThat(onDemand.ledger.apply(tx, new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        assertThat(onDemand.ledger.apply(tx, new JdkEd25519())).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                r -> assertThat(r.rejection().is(RejectReason.DuplicateTransaction)).isTrue());
    }

    @Test
    void fewerContinuationsThanInputsIsASizeMismatch() {
        UtxoEntry bill = bill();
        Transaction tx = f.tx().spend(bill.id(), Continuation.burned()).build();
        TransactionEffects e = tx.effects();
        Transaction broken = new Transaction(tx.intent(), tx.signatures(), new TransactionEffects(List.of(), e.newOutputs(),
                e.ownershipOut(), e.events(), e.result(), e.gasUsed(), e.blockHeight(), e.slot()), null);
        assertRejected(broken, RejectReason.InputContinuationSizeMismatch);
    }

    @Test
    void changingKindOrTypeOrLengthOfAStorageRecordIsRefused() {
        UtxoEntry bill = bill();
        assertRejected(f.tx().spend(bill.id(), Continuation.of(UtxoState.token(0, 1, 5))), RejectReason.InvalidStateKindTransition);
        assertRejected(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(1, 1, 5))), RejectReason.InvalidStateKindTransition);
        assertRejected(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, 5, 0))), RejectReason.StorageShapeMismatch);
    }

    @Test
    void outputsOfUndeployedContractsAreRefused() {
        Hash32 nowhere = Hash32.sha256(new byte[] {42});
        assertRejected(f.tx().create(NewOutput.of(nowhere, UtxoState.utxo(0, 1))), RejectReason.ContractNotDeployed);
    }

    @Test
    void aTransactionRunAgainstAnotherBlockIsRefused() {
        Transaction tx = f.tx().create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1))).build();
        f.ledger.advanceSlots(1);
        assertRejected(tx, RejectReason.BlockContextMismatch);
    }

    @Test
    void anIntentPreparedAtAnUnknownBlockIsRefused() {
        Transaction tx = f.tx().create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1))).build();
        Intent i = tx.intent();
        Intent elsewhere = new Intent(i.entryContract(), i.scriptName(), i.arguments(), i.inputs(), i.preparedAtHeight(),
                Hash32.sha256(new byte[] {1}), i.gasLimit());
        assertRejected(new Transaction(elsewhere, List.of(f.alice.sign(elsewhere)), tx.effects(), null),
                RejectReason.UnknownPreparedAt);
    }

    @Test
    void ownershipEdgesMustNameLiveTokensOwnedByLiveUtxos() {
        NewOutput pool = NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1));
        NewOutput coin = NewOutput.of(f.coin.hash(), UtxoState.token(1, 0, 5));
        assertRejected(f.tx().create(pool).create(coin).bind(1, 7), RejectReason.BadOutputRef);
        assertRejected(f.tx().create(pool).create(coin).bind(0, 1), RejectReason.OwnedNotToken);
        assertRejected(f.tx().create(pool).create(coin).create(coin).bind(1, 2).bind(2, 0), RejectReason.OwnerNotUtxo);
        assertRejected(f.tx().create(NewOutput.ephemeral(f.bill.hash())).create(coin).bind(1, 0),
                RejectReason.OwnerHasNoStableIdentity);
        assertRejected(f.tx().create(pool).create(coin).bind(1, 0).bind(1, 0), RejectReason.TokenAlreadyOwned);
        assertRejected(f.tx().create(pool).create(coin), RejectReason.LiveTokenMustBeBound);
    }

    @Test
    void aTokenInputWhoseOwnerIsNotAnInputIsOwnerNotInTransaction() {
        ApplyResult.Committed setup = f.tx()
                .create(NewOutput.of(f.bill.hash(), UtxoState.utxo(0, 1)))
                .create(NewOutput.of(f.coin.hash(), UtxoState.token(1, 0, 5)))
                .bind(1, 0)
                .commit();
        UtxoEntry owner = setup.plan().outputs().get(0).created();
        UtxoEntry coin = setup.plan().outputs().get(1).created();
        UtxoEntry other = bill();
        assertRejected(f.tx().spend(coin.id(), Continuation.of(coin.state())).spend(other.id(), Continuation.of(other.state()))
                .bind(0, 1), RejectReason.OwnerNotInTransaction);
        assertRejected(f.tx().spend(owner.id(), Continuation.burned()), RejectReason.OwnerEndedWithTokens);
    }
}
