package dev.starstream.studio.ledger.bench;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.ChainTip;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.SignatureVerifier;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stream of simple, already-executed transactions for benchmarks: each one resumes a live "wallet"
 * utxo (its balance word changes) and creates a payment utxo, signed by one wallet key, like a
 * transfer. The stream is built against an in-memory ledger that applies each transaction as it is
 * made, so the UtxoIds, block heights and slots it names are the ones any ledger with the same
 * history and mining mode assigns.
 */
final class Workload {
    static final DeployedContract PAY = DeployedContract.of("pay", "pay module for benchmarks".getBytes(StandardCharsets.UTF_8));
    static final int WALLETS = 64;

    private Workload() {}

    /** {@code count} transactions after the deployment of {@link #PAY}; {@code verifier} checks the in-memory run. */
    static List<Transaction> transfers(int count, Wallet wallet, String key, InMemoryLedger.Mining mining,
            SignatureVerifier verifier) {
        return transfers(count, wallet, key, mining, verifier, 0);
    }

    /** As above; with on-demand mining, a block is mined after every {@code mineEvery} transactions (0: never). */
    static List<Transaction> transfers(int count, Wallet wallet, String key, InMemoryLedger.Mining mining,
            SignatureVerifier verifier, int mineEvery) {
        InMemoryLedger ledger = new InMemoryLedger(ChainParameters.DEFAULT, mining);
        ledger.deploy(PAY);
        Random random = new Random(42);
        List<UtxoEntry> wallets = new ArrayList<>();
        List<Transaction> txs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ChainTip tip = ledger.chainTip();
            PendingBlock pending = ledger.pendingBlock();
            List<dev.starstream.studio.vm.ledger.UtxoId> inputs = new ArrayList<>();
            List<Continuation> continuations = new ArrayList<>();
            List<NewOutput> outputs = new ArrayList<>();
            if (wallets.size() < WALLETS) {
                outputs.add(NewOutput.of(PAY.hash(), UtxoState.utxo(0, 1, 1_000_000), "Wallet"));
            } else {
                UtxoEntry from = wallets.remove(random.nextInt(wallets.size()));
                int amount = 1 + random.nextInt(100);
                inputs.add(from.id());
                continuations.add(Continuation.of(UtxoState.utxo(0, 1, from.state().word(2) - amount), "Wallet"));
                outputs.add(NewOutput.of(PAY.hash(), UtxoState.utxo(1, 1, amount), "Payment"));
            }
            Intent intent = new Intent(PAY.hash(), "pay", Lanes.of(i, 0), inputs, tip.height(), tip.blockHash(), 1_000_000);
            TransactionEffects effects = new TransactionEffects(continuations, outputs, List.of(), List.of(),
                    NullNode.getInstance(), 2_500, pending.height(), pending.slot());
            Transaction tx = new Transaction(intent, List.of(wallet.sign(key, intent)), effects, null);
            if (!(ledger.apply(tx, verifier) instanceof ApplyResult.Committed committed)) {
                throw new IllegalStateException("the workload made a transaction its own ledger refuses");
            }
            for (UtxoEntry created : committed.plan().created()) {
                if (created.state().typeIndex() == 0) {
                    wallets.add(created);
                }
            }
            txs.add(tx);
            if (mineEvery > 0 && txs.size() % mineEvery == 0) {
                ledger.mineBlock();
            }
        }
        return txs;
    }
}
