package dev.starstream.studio.ledger;

import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;

/** A workspace folder with a wallet key "alice" and a ledger with two deployed contracts. */
public final class LedgerFixture implements AutoCloseable {
    public static final DeployedContract BILL = DeployedContract.of("bill", "bill module".getBytes(StandardCharsets.UTF_8));
    public static final DeployedContract COIN = DeployedContract.of("coin", "coin module".getBytes(StandardCharsets.UTF_8));

    final Path workspace;
    public final Path directory;
    public final Wallet wallet;
    public Ledger ledger;
    TxFactory txs;

    public LedgerFixture(Path workspace, InMemoryLedger.Mining mining) {
        this.workspace = workspace;
        this.directory = Ledger.defaultDirectory(workspace);
        this.wallet = new Wallet(Wallet.defaultDirectory(workspace), new SecureRandom());
        wallet.create("alice");
        ledger = Ledger.create(directory, ChainParameters.DEFAULT, mining, LedgerOptions.defaults());
        ledger.deploy(BILL);
        ledger.deploy(COIN);
        txs = new TxFactory(ledger.view(), wallet, BILL.hash());
    }

    public LedgerFixture(Path workspace) {
        this(workspace, InMemoryLedger.Mining.PER_TRANSACTION);
    }

    public void reopen() {
        ledger.close();
        ledger = Ledger.open(directory, LedgerOptions.defaults());
        txs = new TxFactory(ledger.view(), wallet, BILL.hash());
    }

    public TxFactory.Builder tx() {
        return txs.tx().signedBy("alice");
    }

    public ApplyResult.Committed commit(Transaction tx) {
        ApplyResult result = ledger.apply(tx);
        if (result instanceof ApplyResult.Committed committed) {
            return committed;
        }
        throw new AssertionError("expected a commit, got " + result);
    }

    public UtxoEntry createBill(int due) {
        return commit(tx().create(NewOutput.of(BILL.hash(), UtxoState.utxo(0, 1, due), "Meter")).build())
                .plan().outputs().getFirst().created();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
