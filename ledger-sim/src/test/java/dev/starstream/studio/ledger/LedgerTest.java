package dev.starstream.studio.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.InputFate;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.RejectReason;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    @TempDir
    Path workspace;

    private LedgerFixture f;

    @BeforeEach
    void open() {
        f = new LedgerFixture(workspace);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aUtxoCreatedTodayIsResumableAfterReopening() {
        UtxoEntry bill = f.createBill(15);
        f.reopen();
        assertThat(f.ledger.queries().utxo(bill.id())).contains(bill);
        ApplyResult.Committed resumed = f.commit(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, 30), "Meter")).build());
        UtxoEntry next = resumed.plan().inputs().getFirst().after();
        assertThat(next.coroutine()).isEqualTo(bill.coroutine());
        f.reopen();
        assertThat(f.ledger.queries().utxo(bill.id())).isEmpty();
        assertThat(f.ledger.queries().currentOf(bill.coroutine())).contains(next);
        assertThat(f.ledger.openReport().ok()).isTrue();
        assertThat(f.ledger.openReport().transactionsVerified()).isEqualTo(2);
    }

    @Test
    void spendingTheSameUtxoTwiceIsRejectedAsDoubleSpendEvenAfterReopening() {
        UtxoEntry bill = f.createBill(1);
        f.commit(f.tx().spend(bill.id(), Continuation.burned()).build());
        f.reopen();
        assertRejected(f.tx().spend(bill.id(), Continuation.burned()).build(), RejectReason.DoubleSpend);
        assertRejected(f.tx().spend(new UtxoId(LedgerFixture.BILL.hash(), 77), Continuation.burned()).build(),
                RejectReason.InputNotFound);
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRejectedAsBadSignature() {
        Transaction tx = f.tx().create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1))).build();
        TxSignature real = tx.signatures().getFirst();
        byte[] forged = real.signature();
        forged[10] ^= 4;
        assertRejected(new Transaction(tx.intent(), List.of(new TxSignature(real.key(), forged)), tx.effects(), null),
                RejectReason.BadSignature);
    }

    @Test
    void walletSignaturesVerifyWithTheJdkToo() {
        Transaction tx = f.tx().build();
        assertThat(new JdkEd25519().verifies(tx.signatures().getFirst(), tx.intent().digest())).isTrue();
        assertThat(tx.signatures().getFirst().key()).isEqualTo(f.wallet.key("alice").publicKey());
    }

    @Test
    void aRejectedTransactionLeavesTheStoreExactlyAsBefore() {
        UtxoEntry bill = f.createBill(1);
        LedgerStatus before = f.ledger.queries().status();
        List<UtxoEntry> utxosBefore = f.ledger.queries().utxos();
        assertRejected(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, 1, 1))).build(),
                RejectReason.StorageShapeMismatch);
        assertThat(f.ledger.queries().status()).isEqualTo(before);
        assertThat(f.ledger.queries().utxos()).isEqualTo(utxosBefore);
        f.reopen();
        assertThat(f.ledger.queries().status()).isEqualTo(before);
    }

    @Test
    void referenceInputsKeepTheirIdAndAppearInTheCoroutineHistory() {
        UtxoEntry bill = f.createBill(5);
        ApplyResult.Committed read = f.commit(f.tx().spend(bill.id(), Continuation.of(bill.state(), "Meter")).build());
        assertThat(read.plan().inputs().getFirst().fate()).isEqualTo(InputFate.REFERENCE);
        assertThat(f.ledger.queries().utxo(bill.id())).contains(bill);
        assertThat(f.ledger.queries().historyOf(bill.coroutine())).extracting(TxSummary::hash)
                .containsExactly(bill.coroutine().creationTxHash(), read.txHash());
        StoredTransaction stored = f.ledger.queries().transaction(read.txHash()).orElseThrow();
        assertThat(stored.io()).singleElement().satisfies(io -> {
            assertThat(io.fate()).isEqualTo("reference");
            assertThat(io.before()).isEqualTo(bill.id());
            assertThat(io.after()).isEqualTo(bill.id());
        });
    }

    @Test
    void tokensAreFoundByTheirOwnerAndKeepItWhenTheOwnerMoves() {
        ApplyResult.Committed minted = f.commit(f.tx()
                .create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1, 0), "Pool"))
                .create(NewOutput.of(LedgerFixture.COIN.hash(), UtxoState.token(1, 0, 50)))
                .bind(1, 0)
                .build());
        UtxoEntry pool = minted.plan().outputs().get(0).created();
        UtxoEntry coin = minted.plan().outputs().get(1).created();
        assertThat(f.ledger.queries().tokensOwnedBy(pool.coroutine())).containsExactly(coin);
        f.commit(f.tx().spend(pool.id(), Continuation.of(UtxoState.utxo(0, 1, 1), "Pool")).build());
        f.reopen();
        assertThat(f.ledger.queries().tokensOwnedBy(pool.coroutine())).containsExactly(coin);
        assertThat(f.ledger.queries().utxosOfContract(LedgerFixture.COIN.hash())).containsExactly(coin);
        assertRejected(f.tx().spend(coin.id(), Continuation.of(coin.state())).build(), RejectReason.OwnerNotInTransaction);
    }

    @Test
    void eventsAndTheStoredTransactionComeBackExactly() {
        Transaction tx = f.tx()
                .create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1, 7)))
                .event(new TxEvent("Meter", "Charged", IntNode.valueOf(15), 0))
                .build();
        ApplyResult.Committed committed = f.commit(tx);
        StoredTransaction stored = f.ledger.queries().transaction(committed.txHash()).orElseThrow();
        assertThat(stored.transaction()).isEqualTo(tx);
        assertThat(stored.verifiedBy()).isEqualTo(Verification.SIGNATURES.label());
        assertThat(f.ledger.queries().transactionsStartingWith(committed.txHash().hex().substring(0, 8), 5))
                .containsExactly(committed.txHash());
    }

    @Test
    void miningPerTransactionSealsABlockForEveryTransaction() {
        f.createBill(1);
        f.createBill(2);
        List<StoredBlock> blocks = f.ledger.queries().blocks(0, 10);
        assertThat(blocks).extracting(b -> b.header().height()).containsExactly(0L, 1L, 2L);
        assertThat(blocks.get(2).header().parentHash()).isEqualTo(blocks.get(1).hash());
        assertThat(blocks.get(2).transactions()).hasSize(1);
        assertThat(f.ledger.queries().status().tip().height()).isEqualTo(2);
    }

    @Test
    void onDemandMiningCollectsTransactionsUntilABlockIsMined(@TempDir Path other) {
        try (LedgerFixture onDemand = new LedgerFixture(other, InMemoryLedger.Mining.ON_DEMAND)) {
            onDemand.createBill(1);
            onDemand.createBill(2);
            assertThat(onDemand.ledger.queries().status().pendingTransactions()).isEqualTo(2);
            onDemand.ledger.advanceSlots(5);
            BlockHeader block = onDemand.ledger.mineBlock();
            assertThat(block.txCount()).isEqualTo(2);
            assertThat(block.slot()).isEqualTo(6);
            LedgerStatus status = onDemand.ledger.queries().status();
            assertThat(status.tip().blockHash()).isEqualTo(block.hash());
            assertThat(status.pending().slot()).isEqualTo(7);
            assertThat(status.pendingTransactions()).isZero();
            onDemand.reopen();
            assertThat(onDemand.ledger.view().pendingBlock()).isEqualTo(status.pending());
        }
    }

    @Test
    void theSqliteLedgerAndTheInMemoryLedgerAgreeOnEveryHashOfTheSameHistory() {
        InMemoryLedger memory = new InMemoryLedger(ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION);
        memory.deploy(LedgerFixture.BILL);
        memory.deploy(LedgerFixture.COIN);
        List<Transaction> history = new ArrayList<>();
        UtxoEntry bill = f.createBill(3);
        history.add(f.ledger.queries().transaction(bill.coroutine().creationTxHash()).orElseThrow().transaction());
        Transaction second = f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, 4))).build();
        f.commit(second);
        history.add(second);
        for (Transaction tx : history) {
            assertThat(memory.apply(tx, new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        }
        assertThat(memory.chainTip()).isEqualTo(f.ledger.queries().status().tip());
        assertThat(memory.stateRoot()).isEqualTo(f.ledger.queries().status().stateRoot());
    }

    @Test
    void listenersHearEveryCommittedChangeWithAGrowingRevision() {
        List<LedgerChange> heard = new ArrayList<>();
        Subscription subscription = f.ledger.subscribe(heard::add);
        f.createBill(1);
        assertRejected(f.tx().spend(new UtxoId(LedgerFixture.BILL.hash(), 50), Continuation.burned()).build(),
                RejectReason.InputNotFound);
        subscription.close();
        f.createBill(2);
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isInstanceOf(LedgerChange.TransactionApplied.class);
        assertThat(heard.get(1)).isInstanceOf(LedgerChange.BlockMined.class);
        assertThat(heard.get(1).revision()).isGreaterThan(heard.get(0).revision());
        assertThat(f.ledger.revision()).isEqualTo(f.ledger.queries().status().revision());
    }

    @Test
    void deployingTheSameModuleTwiceChangesNothing() {
        long revision = f.ledger.revision();
        assertThat(f.ledger.deploy(LedgerFixture.BILL)).isEqualTo(InMemoryLedger.DeployResult.ALREADY_DEPLOYED);
        assertThat(f.ledger.revision()).isEqualTo(revision);
        assertThat(f.ledger.queries().contracts()).extracting(ContractInfo::name).containsExactly("bill", "coin");
        assertThat(f.ledger.queries().contract(LedgerFixture.COIN.hash())).contains(LedgerFixture.COIN);
    }

    @Test
    void creatingALedgerWhereOneExistsIsRefused() {
        assertThatThrownBy(() -> Ledger.create(f.directory, ChainParameters.DEFAULT, InMemoryLedger.Mining.ON_DEMAND,
                LedgerOptions.defaults())).hasMessageContaining("already exists");
        assertThatThrownBy(() -> Ledger.open(workspace.resolve("nowhere"), LedgerOptions.defaults()))
                .hasMessageContaining("studio ledger init");
    }

    @Test
    void twoLedgerObjectsOnOneStoreSeeEachOthersWrites() {
        try (Ledger second = Ledger.open(f.directory, LedgerOptions.defaults())) {
            UtxoEntry bill = f.createBill(9);
            TxFactory other = new TxFactory(second.view(), f.wallet, LedgerFixture.BILL.hash());
            Transaction spend = other.tx().signedBy("alice").spend(bill.id(), Continuation.burned()).build();
            // The second object's working copy is behind; the write notices, reloads and then refuses the stale run.
            assertThat(second.apply(spend)).isInstanceOf(ApplyResult.Rejected.class);
            Transaction fresh = other.tx().signedBy("alice").spend(bill.id(), Continuation.burned()).build();
            assertThat(second.apply(fresh)).isInstanceOf(ApplyResult.Committed.class);
        }
        assertThat(f.ledger.queries().status().liveUtxos()).isZero();
    }

    private void assertRejected(Transaction tx, RejectReason reason) {
        assertThat(f.ledger.apply(tx)).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                rejected -> assertThat(rejected.rejection().reason()).isEqualTo(reason.name()));
    }
}
