package dev.starstream.studio.app.ui.ledger;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.app.ui.run.SessionViewModel;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.SnapshotInfo;
import dev.starstream.studio.vm.ledger.BlockHeader;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ledger explorer: what the workspace's ledger holds now, re-read whenever it changes (ledger
 * listeners move the session's revision; the read runs on a background executor and lands on the
 * UI executor, newer reads winning), the transaction picked in the block list, and the explorer's
 * actions: mine a block, take a snapshot, revert to one (after confirmation), create and rename
 * wallet keys. Results of actions go to {@code onResult} (the status bar).
 */
public final class LedgerExplorerViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerExplorerViewModel.class);

    private final SessionViewModel sessions;
    private final Executor background;
    private final Executor uiExecutor;
    private final DialogService dialogs;
    private final Consumer<CommandResult> onResult;
    private final ReadOnlyObjectWrapper<LedgerContents> contents = new ReadOnlyObjectWrapper<>(this, "contents", LedgerContents.EMPTY);
    private final ObservableList<LedgerContents.UtxoItem> utxos = FXCollections.observableArrayList();
    private final ObservableList<LedgerContents.BlockItem> blocks = FXCollections.observableArrayList();
    private final ObservableList<LedgerContents.KeyItem> keys = FXCollections.observableArrayList();
    private final ObservableList<LedgerContents.SnapshotItem> snapshots = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<@Nullable TransactionDetail> transaction = new ReadOnlyObjectWrapper<>(this, "transaction");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private @Nullable WorkspaceSession readFrom;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> fresh = new HashSet<>();
    private long requested;
    private long shown;

    public LedgerExplorerViewModel(
            SessionViewModel sessions, Executor background, Executor uiExecutor, DialogService dialogs, Consumer<CommandResult> onResult) {
        this.sessions = sessions;
        this.background = background;
        this.uiExecutor = uiExecutor;
        this.dialogs = dialogs;
        this.onResult = onResult;
        sessions.revisionProperty().addListener((obs, old, now) -> refresh());
        sessions.problemProperty().addListener((obs, old, now) -> problem.set(now));
        refresh();
    }

    public ReadOnlyObjectProperty<LedgerContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public ObservableList<LedgerContents.UtxoItem> utxos() {
        return utxos;
    }

    public ObservableList<LedgerContents.BlockItem> blocks() {
        return blocks;
    }

    public ObservableList<LedgerContents.KeyItem> keys() {
        return keys;
    }

    public ObservableList<LedgerContents.SnapshotItem> snapshots() {
        return snapshots;
    }

    /** The transaction picked in the block list, in full. */
    public ReadOnlyObjectProperty<@Nullable TransactionDetail> transactionProperty() {
        return transaction.getReadOnlyProperty();
    }

    /** {@code block 12 · 4 utxos · 15 transactions}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether a ledger is open. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Reads the ledger again (off the UI thread); the newest read wins. */
    public void refresh() {
        WorkspaceSession session = sessions.session();
        long generation = ++requested;
        if (session == null) {
            show(generation, LedgerContents.EMPTY);
            available.set(false);
            readFrom = null;
            return;
        }
        available.set(true);
        background.execute(() -> {
            try {
                LedgerContents read = LedgerContentsReader.read(session, null);
                uiExecutor.execute(() -> {
                    show(generation, markFresh(session, read));
                    readFrom = session;
                });
            } catch (LedgerException e) {
                LOG.warn("cannot read the ledger", e);
                uiExecutor.execute(() -> problem.set("Cannot read the ledger: " + e.getMessage()));
            }
        });
    }

    /**
     * Marks the utxos that appeared with the latest change that added any (a run fires several
     * changes; the last ones add nothing and keep the mark); nothing on a session's first read.
     */
    private LedgerContents markFresh(WorkspaceSession session, LedgerContents read) {
        Set<String> ids = new HashSet<>();
        read.utxos().forEach(u -> ids.add(u.id()));
        if (readFrom != session) {
            fresh.clear();
        } else {
            Set<String> added = new HashSet<>(ids);
            added.removeAll(seen);
            if (!added.isEmpty()) {
                fresh.clear();
                fresh.addAll(added);
            } else {
                fresh.retainAll(ids);
            }
        }
        seen.clear();
        seen.addAll(ids);
        return new LedgerContents(read.summary(), read.utxos().stream().map(u -> u.asFresh(fresh.contains(u.id()))).toList(),
                read.blocks(), read.keys(), read.snapshots());
    }

    private void show(long generation, LedgerContents read) {
        if (generation < shown) {
            return;
        }
        shown = generation;
        contents.set(read);
        utxos.setAll(read.utxos());
        blocks.setAll(read.blocks());
        keys.setAll(read.keys());
        snapshots.setAll(read.snapshots());
        LedgerContents.Summary s = read.summary();
        summary.set(sessions.session() == null ? "" : "block " + s.tipHeight() + " · " + s.liveUtxos() + " live utxo"
                + (s.liveUtxos() == 1 ? "" : "s") + " · " + s.transactions() + " transaction" + (s.transactions() == 1 ? "" : "s")
                + (s.pendingTransactions() > 0 ? " · " + s.pendingTransactions() + " pending" : ""));
        TransactionDetail open = transaction.get();
        if (open != null && read.blocks().stream().flatMap(b -> b.transactions().stream()).noneMatch(t -> t.hash().equals(open.hash()))) {
            transaction.set(null);
        }
        if (problem.get().startsWith("Cannot read")) {
            problem.set("");
        }
    }

    /** Shows transaction {@code hash} in full. */
    public void showTransaction(@Nullable String hash) {
        WorkspaceSession session = sessions.session();
        if (hash == null || session == null) {
            transaction.set(null);
            return;
        }
        background.execute(() -> {
            Optional<TransactionDetail> detail = LedgerContentsReader.transaction(session, hash);
            uiExecutor.execute(() -> transaction.set(detail.orElse(null)));
        });
    }

    public CommandResult mineBlock() {
        return write("Mine Block", session -> {
            BlockHeader block = session.ledger().mineBlock();
            return CommandResult.info("Mined block " + block.height() + " (" + block.txCount() + " transaction"
                    + (block.txCount() == 1 ? "" : "s") + ")");
        });
    }

    public CommandResult takeSnapshot() {
        if (sessions.session() == null) {
            return CommandResult.unavailable("No ledger is open");
        }
        String suggested = "block-" + contents.get().summary().tipHeight();
        Set<String> taken = new HashSet<>();
        snapshots.forEach(s -> taken.add(s.name()));
        Optional<String> name = dialogs.askName("Take Snapshot", "Name the ledger's current state:", suggested,
                n -> taken.contains(n) ? "A snapshot named " + n + " exists" : null);
        if (name.isEmpty()) {
            return CommandResult.DONE;
        }
        return write("Take Snapshot", session -> {
            SnapshotInfo info = session.ledger().snapshot(name.get());
            return CommandResult.info("Snapshot " + info.name() + " taken at block " + info.blockHeight());
        });
    }

    /** Reverts to {@code snapshot} once the user confirms: everything after it is removed. */
    public CommandResult revertTo(LedgerContents.SnapshotItem snapshot) {
        if (sessions.session() == null) {
            return CommandResult.unavailable("No ledger is open");
        }
        boolean sure = dialogs.confirm("Revert the Ledger", "Revert to " + snapshot.name() + " (block " + snapshot.blockHeight()
                + ", " + Instant.ofEpochMilli(snapshot.takenMillis()) + ")? Every transaction, block and snapshot after it "
                + "is removed.", "Revert");
        if (!sure) {
            return CommandResult.DONE;
        }
        return write("Revert", session -> {
            SnapshotInfo info = session.ledger().revert(snapshot.name());
            return CommandResult.info("Reverted to " + info.name() + " (block " + info.blockHeight() + ")");
        });
    }

    public CommandResult newKey() {
        WorkspaceSession current = sessions.session();
        if (current == null) {
            return CommandResult.unavailable("No workspace is open");
        }
        Set<String> names = new HashSet<>();
        keys.forEach(k -> names.add(k.name()));
        Optional<String> name = dialogs.askName("New Wallet Key", "Name the new Ed25519 key (e.g. alice):", "",
                n -> names.contains(n) ? "A key named " + n + " exists" : n.isBlank() ? "Give the key a name" : null);
        if (name.isEmpty()) {
            return CommandResult.DONE;
        }
        return write("New Wallet Key", session -> {
            session.wallet().create(name.get());
            return CommandResult.info("Created wallet key " + name.get() + " (sign with @" + name.get() + ")");
        });
    }

    public CommandResult renameKey(LedgerContents.KeyItem key) {
        if (sessions.session() == null) {
            return CommandResult.unavailable("No workspace is open");
        }
        Set<String> names = new HashSet<>();
        keys.forEach(k -> names.add(k.name()));
        Optional<String> name = dialogs.askName("Rename Wallet Key", "New name for " + key.name() + ":", key.name(),
                n -> !n.equals(key.name()) && names.contains(n) ? "A key named " + n + " exists" : null);
        if (name.isEmpty() || name.get().equals(key.name())) {
            return CommandResult.DONE;
        }
        return write("Rename Wallet Key", session -> {
            session.wallet().rename(key.name(), name.get());
            return CommandResult.info("Renamed wallet key " + key.name() + " to " + name.get()
                    + " (run configurations that sign with @" + key.name() + " need the new name)");
        });
    }

    /** Runs a change of the ledger or wallet off the UI thread; reports and re-reads afterwards. */
    private CommandResult write(String what, Function<WorkspaceSession, CommandResult> change) {
        WorkspaceSession session = sessions.session();
        if (session == null) {
            return CommandResult.unavailable("No ledger is open");
        }
        background.execute(() -> {
            CommandResult result;
            try {
                result = change.apply(session);
            } catch (LedgerException e) {
                result = CommandResult.failed(what + " failed: " + e.getMessage());
            }
            CommandResult done = result;
            uiExecutor.execute(() -> {
                onResult.accept(done);
                refresh();
            });
        });
        return CommandResult.DONE;
    }
}
