package dev.starstream.studio.ledger.reliability;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerFixture;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.TxFactory;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransitionPlan;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The process the crash-safety test kills: opens the workspace ledger, then applies transactions
 * (create, resume or end a bill) as fast as it can, printing {@code ACK <tx hash>} after each one
 * {@code apply} acknowledged. Prints {@code READY} once the ledger is open.
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        Wallet wallet = new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
        Random random = new Random();
        try (Ledger ledger = Ledger.open(Ledger.defaultDirectory(workspace), LedgerOptions.defaults().withIntegrityCheck(false))) {
            ledger.deploy(LedgerFixture.BILL);
            out.println("READY " + ledger.revision());
            out.flush();
            TxFactory txs = new TxFactory(ledger.view(), wallet, LedgerFixture.BILL.hash());
            List<UtxoEntry> live = new ArrayList<>(ledger.queries().utxosOfContract(LedgerFixture.BILL.hash()));
            for (int i = 0; i < count; i++) {
                TxFactory.Builder builder = txs.tx().signedBy("alice");
                int choice = live.size() < 4 ? 0 : random.nextInt(3);
                UtxoEntry input = choice == 0 ? null : live.remove(random.nextInt(live.size()));
                if (input == null) {
                    builder.create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1, i), "Meter"));
                } else if (choice == 1) {
                    builder.spend(input.id(), Continuation.of(UtxoState.utxo(0, 1, input.state().word(2) + 1), "Meter"));
                } else {
                    builder.spend(input.id(), Continuation.burned());
                }
                Transaction tx = builder.build();
                if (!(ledger.apply(tx) instanceof ApplyResult.Committed committed)) {
                    throw new IllegalStateException("a valid transaction was refused: " + ledger.apply(tx));
                }
                TransitionPlan plan = committed.plan();
                live.addAll(plan.created());
                out.println("ACK " + committed.txHash().hex());
                out.flush();
            }
        }
    }
}
