package dev.starstream.studio.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.LedgerFixture;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints run beside the writer (store.Checkpointer): while transactions keep coming the
 * write-ahead log still starts over, so it stays bounded, and everything acknowledged stays readable.
 */
class WalCheckpointTest {
    private static final int TRANSACTIONS = 1_500;

    @TempDir
    Path workspace;

    @Test
    void theWriteAheadLogStaysBoundedWhileTransactionsKeepComing() throws Exception {
        Path wal;
        UtxoEntry bill;
        long largestWal = 0;
        try (LedgerFixture f = new LedgerFixture(workspace)) {
            wal = f.directory.resolve("ledger.db-wal");
            bill = f.createBill(0);
            for (int i = 1; i <= TRANSACTIONS; i++) {
                bill = f.commit(f.tx().spend(bill.id(), Continuation.of(UtxoState.utxo(0, 1, i), "Meter")).build())
                        .plan().inputs().getFirst().after();
                largestWal = Math.max(largestWal, Files.size(wal));
            }
            assertThat(f.ledger.queries().currentOf(bill.coroutine())).contains(bill);
            f.reopen();
            assertThat(f.ledger.openReport().ok()).isTrue();
            assertThat(f.ledger.openReport().transactionsVerified()).isEqualTo(TRANSACTIONS + 1);
            assertThat(f.ledger.queries().currentOf(bill.coroutine())).contains(bill);
        }
        // About 60 KiB of WAL frames a transaction: without restarts the WAL would pass 80 MiB.
        assertThat(largestWal).as("largest WAL size in bytes").isLessThan(40L << 20);
        assertThat(Files.exists(wal)).as("closing checkpoints and removes the WAL").isFalse();
    }
}
