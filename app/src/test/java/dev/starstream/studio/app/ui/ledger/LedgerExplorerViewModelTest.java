package dev.starstream.studio.app.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.CurrentThreadTaskExecutor;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.app.ui.ScriptedDialogs;
import dev.starstream.studio.app.ui.run.RunFixtures;
import dev.starstream.studio.app.ui.run.SessionViewModel;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ledger explorer without the toolkit: reads and writes run inline; the ledger is real. */
class LedgerExplorerViewModelTest {
    @TempDir
    Path dir;

    private SessionViewModel sessions;
    private LedgerExplorerViewModel explorer;
    private ScriptedDialogs dialogs;
    private final List<CommandResult> results = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        Path workspace = RunFixtures.samples(dir);
        TransactionRunner runner = new TransactionRunner(new ContractCache());
        sessions = new SessionViewModel(new CurrentThreadTaskExecutor(), Runnable::run, root -> WorkspaceSession.open(root, runner));
        dialogs = new ScriptedDialogs();
        explorer = new LedgerExplorerViewModel(sessions, Runnable::run, Runnable::run, dialogs, results::add);
        sessions.open(workspace);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    private void run(String configuration) {
        WorkspaceSession session = sessions.session();
        RunConfiguration c = session.store().load().configurations().find(configuration).orElseThrow();
        session.run(c, SourceProvider.disk(), () -> { });
    }

    @Test
    void aFreshWorkspaceLedgerHasTheGenesisBlockTheSampleKeyAndNoUtxos() {
        assertThat(explorer.availableProperty().get()).isTrue();
        assertThat(explorer.utxos()).isEmpty();
        assertThat(explorer.blocks()).extracting(LedgerContents.BlockItem::height).containsExactly(0L);
        assertThat(explorer.keys()).extracting(LedgerContents.KeyItem::name).containsExactly("alice");
        assertThat(explorer.summaryProperty().get()).isEqualTo("block 0 · 0 live utxos · 0 transactions");
    }

    @Test
    void aCommittedRunShowsItsNewUtxoWithDecodedStorageMarkedFresh() {
        run("Score: example");
        assertThat(explorer.utxos()).singleElement().satisfies(u -> {
            assertThat(u.type()).isEqualTo("Score");
            assertThat(u.contract()).isEqualTo("score");
            assertThat(u.fields()).extracting(f -> f.name() + "=" + f.value()).containsExactly("chips=42", "mult=4");
            assertThat(u.abis()).containsExactly("ScoreProgress");
            assertThat(u.fresh()).isTrue();
        });
        assertThat(explorer.blocks().getFirst().transactions()).singleElement()
                .satisfies(t -> assertThat(t.script()).isEqualTo("example"));
        assertThat(explorer.summaryProperty().get()).isEqualTo("block 1 · 1 live utxo · 1 transaction");
    }

    @Test
    void tokensShowTheirOwnerAndOwnersTheirTokens() {
        run("Pool: open the pool");
        LedgerContents.UtxoItem pool = explorer.utxos().stream().filter(u -> u.type().equals("Pool")).findFirst().orElseThrow();
        LedgerContents.UtxoItem gold = explorer.utxos().stream().filter(u -> u.type().equals("Gold")).findFirst().orElseThrow();
        assertThat(pool.ownedTokens()).containsExactlyInAnyOrder("Gold 100", "Silver 200");
        assertThat(gold.token()).isTrue();
        assertThat(gold.owner()).isEqualTo(pool.id());
    }

    @Test
    void pickingATransactionShowsItsEventsAndWhatItDidToEachUtxo() {
        run("Effects: settle");
        LedgerContents.TxItem tx = explorer.blocks().getFirst().transactions().getFirst();
        explorer.showTransaction(tx.hash());
        TransactionDetail detail = explorer.transactionProperty().get();
        assertThat(detail.script()).isEqualTo("settle");
        assertThat(detail.result()).isEqualTo("15");
        assertThat(detail.events()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Charged");
            assertThat(e.arguments()).isEqualTo("7, 15");
        });
        assertThat(detail.io()).singleElement().satisfies(io -> {
            assertThat(io.io()).isEqualTo("output");
            assertThat(io.type()).isEqualTo("Bill");
        });
    }

    @Test
    void revertingToASnapshotAfterConfirmationRemovesWhatCameAfter() {
        run("Score: example");
        dialogs.answer("before-counter");
        assertThat(explorer.takeSnapshot()).isEqualTo(CommandResult.DONE);
        assertThat(explorer.snapshots()).extracting(LedgerContents.SnapshotItem::name).containsExactly("before-counter");
        run("Counter: count to fifteen");
        assertThat(explorer.utxos()).hasSize(2);

        dialogs.answer(false);
        explorer.revertTo(explorer.snapshots().getFirst());
        assertThat(explorer.utxos()).hasSize(2);

        dialogs.answer(true);
        explorer.revertTo(explorer.snapshots().getFirst());
        assertThat(explorer.utxos()).extracting(LedgerContents.UtxoItem::type).containsExactly("Score");
        assertThat(results.getLast()).isEqualTo(CommandResult.info("Reverted to before-counter (block 1)"));
    }

    @Test
    void miningSealsAnEmptyBlock() {
        explorer.mineBlock();
        assertThat(explorer.blocks()).extracting(LedgerContents.BlockItem::height).containsExactly(1L, 0L);
        assertThat(results).containsExactly(CommandResult.info("Mined block 1 (0 transactions)"));
    }

    @Test
    void walletKeysAreCreatedAndRenamed() {
        dialogs.answer("bob");
        explorer.newKey();
        assertThat(explorer.keys()).extracting(LedgerContents.KeyItem::name).containsExactly("alice", "bob");
        String bobKey = explorer.keys().get(1).publicKey();
        dialogs.answer("carol");
        explorer.renameKey(explorer.keys().get(1));
        assertThat(explorer.keys()).extracting(LedgerContents.KeyItem::name).containsExactly("alice", "carol");
        assertThat(explorer.keys().get(1).publicKey()).isEqualTo(bobKey);
    }

    @Test
    void withoutAWorkspaceTheExplorerIsEmptyAndItsActionsSayWhy() {
        sessions.open(null);
        assertThat(explorer.availableProperty().get()).isFalse();
        assertThat(explorer.utxos()).isEmpty();
        assertThat(explorer.mineBlock()).isEqualTo(CommandResult.unavailable("No ledger is open"));
    }
}
