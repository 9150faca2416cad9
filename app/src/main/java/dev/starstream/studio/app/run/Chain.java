package dev.starstream.studio.app.run;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a transaction runs and is applied: a fresh in-memory ledger or a persistent one. */
public interface Chain extends AutoCloseable {
    /** Deploys the contract (nothing happens when it is deployed already). */
    void deploy(DeployedContract contract);

    /** The state a run reads. */
    LedgerView view();

    ApplyResult apply(Transaction tx);

    /** Every live utxo and token (for handle selectors). */
    List<UtxoEntry> liveUtxos();

    @Override
    void close();

    /** A fresh in-memory ledger. */
    static Chain inMemory() {
        InMemoryLedger ledger = new InMemoryLedger();
        JdkEd25519 signatures = new JdkEd25519();
        return new Chain() {
            @Override
            public void deploy(DeployedContract contract) {
                ledger.deploy(contract);
            }

            @Override
            public LedgerView view() {
                return ledger;
            }

            @Override
            public ApplyResult apply(Transaction tx) {
                return ledger.apply(tx, signatures);
            }

            @Override
            public List<UtxoEntry> liveUtxos() {
                return ledger.utxos();
            }

            @Override
            public void close() {}
        };
    }

    /** {@code ledger}, which the caller keeps open (closing the chain leaves it open). */
    static Chain of(Ledger ledger) {
        return new Chain() {
            @Override
            public void deploy(DeployedContract contract) {
                ledger.deploy(contract);
            }

            @Override
            public LedgerView view() {
                return ledger.view();
            }

            @Override
            public ApplyResult apply(Transaction tx) {
                return ledger.apply(tx);
            }

            @Override
            public List<UtxoEntry> liveUtxos() {
                return ledger.queries().utxos();
            }

            @Override
            public void close() {}
        };
    }

    /** The persistent ledger in {@code directory}, opened now and closed with the chain. */
    static Chain persistent(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new LedgerException("no ledger at " + directory + " (create one with: studio ledger init --ledger " + directory + ")");
        }
        Ledger ledger = Ledger.open(directory, LedgerOptions.defaults());
        Chain chain = of(ledger);
        return new Chain() {
            @Override
            public void deploy(DeployedContract contract) {
                chain.deploy(contract);
            }

            @Override
            public LedgerView view() {
                return chain.view();
            }

            @Override
            public ApplyResult apply(Transaction tx) {
                return chain.apply(tx);
            }

            @Override
            public List<UtxoEntry> liveUtxos() {
                return chain.liveUtxos();
            }

            @Override
            public void close() {
                ledger.close();
            }
        };
    }
}
