package dev.starstream.studio.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.LedgerFixture;
import dev.starstream.studio.ledger.LedgerStatus;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers (the IDE's explorer views) query while transactions commit, and never see half of one.
 * Every transaction moves a counter utxo from n to n+1 and creates a receipt carrying n+1, so in any
 * whole state the receipts are exactly 1…n; a reader that saw the counter without its receipt, or a
 * receipt without the counter's move, or the spent counter next to its successor, would break that.
 */
class ConcurrentReadersTest {
    private static final int TRANSACTIONS = 150;

    @TempDir
    Path workspace;

    @Test
    void readersSeeEveryTransactionWholeOrNotAtAll() throws Exception {
        try (LedgerFixture f = new LedgerFixture(workspace)) {
            UtxoEntry counter = f.commit(f.tx().create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1, 0))).build())
                    .plan().outputs().getFirst().created();
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
            AtomicLong reads = new AtomicLong();
            Runnable reader = () -> {
                while (writing.get()) {
                    check(f.ledger.queries().utxos(), violations);
                    LedgerStatus status = f.ledger.queries().status();
                    if (status.tip().height() != status.transactions()) {
                        violations.add("status: " + status.transactions() + " transactions but tip height " + status.tip().height());
                    }
                    reads.incrementAndGet();
                }
            };
            Thread first = Thread.ofPlatform().start(reader);
            Thread second = Thread.ofPlatform().start(reader);
            for (int n = 0; n < TRANSACTIONS; n++) {
                counter = f.commit(f.tx()
                                .spend(counter.id(), Continuation.of(UtxoState.utxo(0, 1, n + 1)))
                                .create(NewOutput.of(LedgerFixture.COIN.hash(), UtxoState.utxo(0, 1, n + 1)))
                                .build())
                        .plan().inputs().getFirst().after();
            }
            writing.set(false);
            first.join();
            second.join();
            assertThat(violations).isEmpty();
            assertThat(reads.get()).as("reads made while writing").isGreaterThan(10);
            check(f.ledger.queries().utxos(), violations);
            assertThat(violations).isEmpty();
        }
    }

    private static void check(List<UtxoEntry> utxos, ConcurrentLinkedQueue<String> violations) {
        List<UtxoEntry> counters = utxos.stream().filter(u -> u.contractHash().equals(LedgerFixture.BILL.hash())).toList();
        List<Integer> receipts = utxos.stream().filter(u -> u.contractHash().equals(LedgerFixture.COIN.hash()))
                .map(u -> u.state().word(2)).sorted().toList();
        if (counters.size() != 1) {
            violations.add("saw " + counters.size() + " live counters");
            return;
        }
        int n = counters.getFirst().state().word(2);
        if (receipts.size() != n || (n > 0 && (receipts.getFirst() != 1 || receipts.getLast() != n))) {
            violations.add("counter at " + n + " but receipts " + receipts.size());
        }
    }
}
