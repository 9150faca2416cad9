package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Ledgers with a history, for tests in other packages. */
public final class StoreFixtures {
    private StoreFixtures() {}

    /**
     * A closed ledger under {@code workspace} with {@code rounds} rounds of history: each round
     * creates a bill, resumes the previous one, and every third round mints a token bound to the
     * new bill and burns an old bill. Returns the ledger directory.
     */
    public static Path ledgerWithHistory(Path workspace, int rounds) {
        try (LedgerFixture f = new LedgerFixture(workspace)) {
            List<UtxoEntry> live = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                UtxoEntry bill = f.createBill(round);
                if (!live.isEmpty()) {
                    UtxoEntry previous = live.removeLast();
                    live.add(f.commit(f.tx().spend(previous.id(), Continuation.of(UtxoState.utxo(0, 1, 1000 + round), "Meter"))
                            .build()).plan().inputs().getFirst().after());
                }
                if (round % 3 == 2) {
                    // The new bill receives a token (and so is never burned); the oldest plain bill ends.
                    f.commit(f.tx().spend(bill.id(), Continuation.of(bill.state(), "Meter"))
                            .create(NewOutput.of(LedgerFixture.COIN.hash(), UtxoState.token(1, 0, round)))
                            .bind(1, 0)
                            .build());
                    UtxoEntry old = live.removeFirst();
                    f.commit(f.tx().spend(old.id(), Continuation.burned()).build());
                } else {
                    live.add(bill);
                }
            }
            return f.directory;
        }
    }
}
