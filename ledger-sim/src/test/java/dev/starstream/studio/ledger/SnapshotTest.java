package dev.starstream.studio.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
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
    void revertingReturnsToTheSnapshotExactlyAndCanBeRepeated() {
        UtxoEntry bill = f.createBill(1);
        SnapshotInfo snapshot = f.ledger.snapshot("before-pay");
        LedgerStatus atSnapshot = f.ledger.queries().status();
        List<UtxoEntry> utxosAtSnapshot = f.ledger.queries().utxos();

        f.commit(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, 2))).build());
        f.createBill(3);
        f.ledger.revert("before-pay");
        assertThat(f.ledger.queries().status()).isEqualTo(atSnapshot.withSnapshots(1));
        assertThat(f.ledger.queries().utxos()).isEqualTo(utxosAtSnapshot);
        assertThat(f.ledger.revision()).isEqualTo(snapshot.seq());

        ApplyResult.Committed again = f.commit(f.tx().spend(bill.id(), Continuation.burned()).build());
        assertThat(again.plan().spent()).containsExactly(bill.id());
        f.ledger.revert("before-pay");
        assertThat(f.ledger.queries().utxos()).isEqualTo(utxosAtSnapshot);
        f.reopen();
        assertThat(f.ledger.queries().utxos()).isEqualTo(utxosAtSnapshot);
        assertThat(f.ledger.openReport().ok()).isTrue();
    }

    @Test
    void snapshotsTakenAfterTheRevertPointAreDropped() {
        f.ledger.snapshot("one");
        f.createBill(1);
        f.ledger.snapshot("two");
        f.ledger.revert("one");
        assertThat(f.ledger.queries().snapshots()).extracting(SnapshotInfo::name).containsExactly("one");
        assertThatThrownBy(() -> f.ledger.revert("two")).hasMessageContaining("no snapshot named two");
    }

    @Test
    void snapshotNamesAreUniqueAndChecked() {
        f.ledger.snapshot("a");
        assertThatThrownBy(() -> f.ledger.snapshot("a")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> f.ledger.snapshot("no spaces")).hasMessageContaining("snapshot name");
    }

    @Test
    void aBranchIsAnIndependentCopyAtASnapshot(@TempDir Path other) {
        UtxoEntry first = f.createBill(1);
        f.ledger.snapshot("fork");
        UtxoEntry second = f.createBill(2);
        Path branch = f.ledger.branch(Optional.of("fork"), other.resolve("branch"), LedgerOptions.defaults());
        try (Ledger copy = Ledger.open(branch, LedgerOptions.defaults())) {
            assertThat(copy.queries().utxos()).containsExactly(first);
            TxFactory txs = new TxFactory(copy.view(), f.wallet, LedgerFixture.BILL.hash());
            assertThat(copy.apply(txs.tx().signedBy("alice").spend(first.id(), Continuation.burned()).build()))
                    .isInstanceOf(ApplyResult.Committed.class);
        }
        assertThat(f.ledger.queries().utxos()).containsExactly(first, second);
        Path now = f.ledger.branch(Optional.empty(), other.resolve("now"), LedgerOptions.defaults());
        try (Ledger copy = Ledger.open(now, LedgerOptions.defaults())) {
            assertThat(copy.queries().status().stateRoot()).isEqualTo(f.ledger.queries().status().stateRoot());
        }
    }
}
