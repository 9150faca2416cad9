package dev.starstream.studio.ledger;

import dev.starstream.studio.ledger.store.ChainVerifier;
import dev.starstream.studio.ledger.store.Checkpointer;
import dev.starstream.studio.ledger.store.Migrations;
import dev.starstream.studio.ledger.store.ReaderPool;
import dev.starstream.studio.ledger.store.SqliteConnections;
import dev.starstream.studio.ledger.store.StoreFile;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.ledger.store.StoreWriter;
import dev.starstream.studio.ledger.wallet.Ed25519;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.RejectReason;
import dev.starstream.studio.vm.ledger.Rejection;
import dev.starstream.studio.vm.ledger.StateAccumulator;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import dev.starstream.studio.vm.ledger.TransitionPlan;
import dev.starstream.studio.vm.ledger.TransitionResult;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent simulated ledger: one SQLite file ({@code <directory>/ledger.db}, WAL mode) holding
 * an append-only log of deployments, transactions, blocks and slot advances, the tables they
 * produce, and named snapshots. Opening verifies the whole chain by replaying the log (see
 * {@link ChainVerifier}); a damaged store is reported, never repaired.
 *
 * <p>Applying a transaction: the interleaving checker (if configured), every signature (Ed25519 over
 * SHA-256(intent)), the transition checks of {@code LedgerTransition}; then one SQLite transaction
 * writes the log entry, the spent, continued and created utxos, ownership, the
 * transaction's record and, when mining per transaction, its block. {@code apply} returns
 * {@code Committed} only after that commit: that is what "acknowledged" means, and an acknowledged
 * transaction survives the process being killed ({@link Durability}). A refused transaction writes
 * nothing. Writes are serialised (one writer); reads ({@link #queries()}) run concurrently in their
 * own read transactions and see whole transactions only.
 */
public final class Ledger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path directory;
    private final Path file;
    private final LedgerOptions options;
    private final StoreMeta meta;
    private final Connection connection;
    private final Optional<Checkpointer> checkpointer;
    private final StoreWriter writer;
    private final ReaderPool readers;
    private final LedgerQueries queries;
    private final Ed25519 ed25519 = new Ed25519();
    private final List<LedgerListener> listeners = new CopyOnWriteArrayList<>();
    private final VerificationReport openReport;
    private InMemoryLedger mirror;
    private long headSeq;
    private boolean closed;

    private Ledger(Path directory, LedgerOptions options, Connection connection, StoreMeta meta, ChainVerifier.Replay replay)
            throws SQLException {
        this.directory = directory;
        this.file = StoreFile.in(directory);
        this.options = options;
        this.meta = meta;
        this.connection = connection;
        this.checkpointer = Checkpointer.inBackground(options.durability())
                ? Optional.of(new Checkpointer(file, options.durability()))
                : Optional.empty();
        try {
            this.writer = new StoreWriter(connection, () -> checkpointer.map(Checkpointer::committed).orElse(false));
        } catch (SQLException | RuntimeException e) {
            checkpointer.ifPresent(Checkpointer::close);
            throw e;
        }
        this.readers = new ReaderPool(file);
        this.queries = new LedgerQueries(readers, file, meta);
        this.openReport = replay.report();
        this.mirror = replay.ledger();
        this.headSeq = replay.headSeq();
    }

    /** {@code <workspace>/.starstream/ledger}. */
    public static Path defaultDirectory(Path workspace) {
        return workspace.resolve(".starstream").resolve("ledger");
    }

    /** Creates a new ledger (genesis block only) in {@code directory} and opens it. */
    public static Ledger create(Path directory, ChainParameters parameters, InMemoryLedger.Mining mining, LedgerOptions options) {
        StoreFile.create(directory, new StoreMeta(parameters, mining));
        return open(directory, options);
    }

    /**
     * Opens and verifies the ledger in {@code directory}, migrating its schema forward if it is older.
     * Throws {@link LedgerDamagedException} (with the report) when verification finds damage.
     */
    public static Ledger open(Path directory, LedgerOptions options) {
        Path file = StoreFile.in(directory);
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("there is no ledger at " + directory + " (no " + StoreFile.NAME
                    + "); create one with: studio ledger init");
        }
        Connection connection = null;
        try {
            connection = SqliteConnections.writer(file, options.durability());
            // Verify before migrating: a damaged store is reported as it is, never rewritten.
            ChainVerifier.Replay replay = StoreFile.verify(connection, options.integrityCheck());
            if (!replay.report().ok()) {
                throw new LedgerDamagedException(directory.toString(), replay.report());
            }
            Migrations.migrate(connection, Migrations.latest());
            StoreMeta meta = StoreMeta.fromRows(dev.starstream.studio.ledger.store.StoreReader.meta(connection));
            Ledger ledger = new Ledger(directory, options, connection, meta, replay);
            LOG.debug("opened ledger {}: {}", directory, replay.report().describe());
            return ledger;
        } catch (SQLException e) {
            closeQuietly(connection);
            VerificationReport report = new VerificationReport(List.of(StoreFile.describe(e)), 0, 0, 0, java.time.Duration.ZERO);
            throw new LedgerDamagedException(directory.toString(), report);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Verifies the ledger in {@code directory} without opening it for writing; never throws for damage. */
    public static VerificationReport verify(Path directory, boolean integrityCheck) {
        Path file = StoreFile.in(directory);
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("there is no ledger at " + directory);
        }
        try (Connection connection = SqliteConnections.reader(file)) {
            return StoreFile.verify(connection, integrityCheck).report();
        } catch (SQLException e) {
            return new VerificationReport(List.of(StoreFile.describe(e)), 0, 0, 0, java.time.Duration.ZERO);
        }
    }

    public Path directory() {
        return directory;
    }

    public InMemoryLedger.Mining mining() {
        return meta.mining();
    }

    public ChainParameters parameters() {
        return meta.parameters();
    }

    /** What verification found when this ledger was opened (always ok: damaged stores do not open). */
    public VerificationReport openReport() {
        return openReport;
    }

    // ------------------------------------------------------------------ writes

    /** Applies a transaction executed by the local runtime (interleaving check + signatures, A.12). */
    public synchronized ApplyResult apply(Transaction tx) {
        return applyAll(List.of(tx), false).getFirst();
    }

    /**
     * Applies transactions executed by the local runtime in one SQLite commit (group commit): each is
     * checked against the state the ones before it left, refused ones change nothing, and the
     * accepted ones become durable together. They are acknowledged when this method returns: a crash
     * before that leaves none of them in the store, never some.
     */
    public synchronized List<ApplyResult> applyBatch(List<Transaction> txs) {
        return applyAll(txs, false);
    }

    /**
     * Applies a transaction this ledger did not execute (A.12): re-executed from its intent when a
     * re-executor is configured, and refused with {@code ReexecutionMismatch} when the effects differ.
     */
    public synchronized ApplyResult applyForeign(Transaction tx) {
        return applyAll(List.of(tx), true).getFirst();
    }

    private List<ApplyResult> applyAll(List<Transaction> txs, boolean foreign) {
        List<LedgerChange> changes = new ArrayList<>();
        List<ApplyResult> results = write(() -> {
            List<ApplyResult> outcomes = new ArrayList<>(txs.size());
            long first = headSeq;
            for (Transaction tx : txs) {
                outcomes.add(applyInTransaction(tx, foreign, changes));
            }
            if (headSeq != first) {
                long committed = headSeq;
                headSeq = -1; // until the commit succeeds, the working copy is ahead of the store
                writer.commit();
                headSeq = committed;
            }
            return outcomes;
        });
        changes.forEach(this::fire);
        return results;
    }

    /**
     * The checks, in order: re-execution for foreign transactions (when a re-executor is configured),
     * the state transition (inputs exist and are unspent, ownership, shapes, block context: named
     * reasons), the interleaving check of the trace (when a checker is configured and the transaction
     * carries a trace), every signature. Then the rows are written (the caller commits) and the
     * working copy moves along.
     */
    private ApplyResult applyInTransaction(Transaction tx, boolean foreign, List<LedgerChange> changes) throws SQLException {
        if (foreign && options.reExecutor().isPresent()) {
            switch (options.reExecutor().get().reexecute(tx, mirror)) {
                case ReExecutor.Outcome.Failed failed -> {
                    return new ApplyResult.Rejected(new Rejection(failed.reason(), failed.message()));
                }
                case ReExecutor.Outcome.Produced produced -> {
                    if (!java.util.Arrays.equals(TransactionCodec.encodeEffects(produced.effects()),
                            TransactionCodec.encodeEffects(tx.effects()))) {
                        return new ApplyResult.Rejected(Rejection.of(RejectReason.ReexecutionMismatch,
                                "re-executing the intent gives other effects than the transaction carries"));
                    }
                }
            }
        }
        Hash32 hash = tx.hash();
        TransitionPlan plan;
        switch (mirror.plan(tx, hash)) {
            case TransitionResult.Refused refused -> {
                return new ApplyResult.Rejected(refused.rejection());
            }
            case TransitionResult.Planned planned -> plan = planned.plan();
        }
        boolean traceChecked = false;
        if (options.traceVerifier().isPresent() && tx.trace() != null) {
            Optional<Rejection> violation = options.traceVerifier().get().verify(tx, mirror);
            if (violation.isPresent()) {
                return new ApplyResult.Rejected(violation.get());
            }
            traceChecked = true;
        }
        Optional<Rejection> badSignature = badSignature(tx);
        if (badSignature.isPresent()) {
            return new ApplyResult.Rejected(badSignature.get());
        }
        Verification verification = foreign
                ? options.reExecutor().isPresent() ? Verification.REEXECUTED : Verification.IMPORTED
                : traceChecked ? Verification.TRACE_AND_SIGNATURES : Verification.SIGNATURES;
        long height = mirror.pendingBlock().height();
        int position = mirror.pendingCount();
        long seq = headSeq;
        // The working copy moves first (its state root is the one recorded), then the rows are written; the
        // commit follows in applyAll. A failure from here on makes the next write reload the working copy.
        headSeq = -1;
        mirror.commit(plan);
        writer.transaction(tx, plan, new StoreWriter.Placement(seq + 1, height, position, verification.label(), mirror.stateRoot()));
        changes.add(new LedgerChange.TransactionApplied(seq + 1, hash, height, plan));
        BlockHeader block = null;
        if (meta.mining() == InMemoryLedger.Mining.PER_TRANSACTION) {
            block = mirror.mineBlock();
            writer.block(seq + 2, block);
            changes.add(new LedgerChange.BlockMined(seq + 2, block));
        }
        headSeq = seq + (block == null ? 1 : 2);
        return new ApplyResult.Committed(hash, height, plan);
    }

    private Optional<Rejection> badSignature(Transaction tx) {
        Hash32 digest = tx.intent().digest();
        for (int i = 0; i < tx.signatures().size(); i++) {
            TxSignature signature = tx.signatures().get(i);
            if (!ed25519.verifies(signature, digest)) {
                return Optional.of(Rejection.of(RejectReason.BadSignature,
                        "signature " + i + " by key " + signature.key() + " does not verify over the intent"));
            }
        }
        return Optional.empty();
    }

    /** Deploys a contract (idempotent for the same module bytes). */
    public synchronized InMemoryLedger.DeployResult deploy(DeployedContract contract) {
        return write(() -> {
            if (mirror.contract(contract.hash()).isPresent()) {
                return InMemoryLedger.DeployResult.ALREADY_DEPLOYED;
            }
            StateAccumulator after = mirror.accumulator();
            after.addContract(contract);
            writer.deploy(headSeq + 1, contract, after.root());
            writer.commit();
            long committed = headSeq + 1;
            headSeq = -1;
            mirror.deploy(contract);
            headSeq = committed;
            fire(new LedgerChange.ContractDeployed(headSeq, contract.hash(), contract.name()));
            return InMemoryLedger.DeployResult.DEPLOYED;
        });
    }

    /** Seals the pending transactions (possibly none) into a block. */
    public synchronized BlockHeader mineBlock() {
        return write(() -> {
            BlockHeader header = mirror.nextBlockHeader(List.of(), mirror.stateRoot());
            writer.block(headSeq + 1, header);
            writer.commit();
            long committed = headSeq + 1;
            headSeq = -1;
            mirror.mineBlock();
            headSeq = committed;
            fire(new LedgerChange.BlockMined(headSeq, header));
            return header;
        });
    }

    /** Lets simulated time pass: the pending block's slot moves forward. */
    public synchronized void advanceSlots(long slots) {
        if (slots <= 0) {
            throw new LedgerException("time moves forward by at least one slot, not " + slots);
        }
        write(() -> {
            writer.slots(headSeq + 1, slots, mirror.stateRoot());
            writer.commit();
            long committed = headSeq + 1;
            headSeq = -1;
            mirror.advanceSlots(slots);
            headSeq = committed;
            fire(new LedgerChange.SlotsAdvanced(headSeq, slots));
            return null;
        });
    }

    /** Names the current state; {@link #revert} returns to it. */
    public synchronized SnapshotInfo snapshot(String name) {
        checkSnapshotName(name);
        return write(() -> {
            if (queries.snapshotIn(connection, name).isPresent()) {
                throw new LedgerException("a snapshot named " + name + " already exists");
            }
            long now = options.clock().millis();
            SnapshotInfo info = new SnapshotInfo(name, headSeq, mirror.chainTip().height(), mirror.stateRoot(), now);
            writer.snapshot(name, headSeq, info.stateRoot(), info.blockHeight(), now);
            writer.commit();
            return info;
        });
    }

    /**
     * Returns to a named snapshot: everything after it (transactions, blocks, deployments, later
     * snapshots) is removed, like {@code evm_revert}. The snapshot itself stays, so one can revert to
     * it again. The result is verified by replay before it is committed.
     */
    public synchronized SnapshotInfo revert(String name) {
        return write(() -> {
            SnapshotInfo snapshot = queries.snapshotIn(connection, name)
                    .orElseThrow(() -> new LedgerException("there is no snapshot named " + name));
            writer.revertTo(snapshot.seq());
            ChainVerifier.Replay replay = new ChainVerifier(connection, meta.parameters(), false).run();
            if (!replay.report().ok() || !replay.ledger().stateRoot().equals(snapshot.stateRoot())) {
                throw new LedgerDamagedException(directory + " (while reverting to " + name + ")", replay.report());
            }
            writer.commit();
            mirror = replay.ledger();
            headSeq = replay.headSeq();
            fire(new LedgerChange.Reverted(headSeq, name));
            return snapshot;
        });
    }

    /**
     * Copies this ledger into {@code target} (a new directory) as it is now, or as it was at a named
     * snapshot (the copy is reverted to it), like a fork of a chain at a block.
     */
    public synchronized Path branch(Optional<String> snapshot, Path target, LedgerOptions targetOptions) {
        Path targetFile = StoreFile.in(target);
        if (Files.exists(targetFile)) {
            throw new LedgerException("a ledger already exists at " + target);
        }
        try {
            Files.createDirectories(target);
            // A connection of its own: VACUUM INTO copies one consistent committed state of the store.
            try (Connection copier = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                    var statement = copier.createStatement()) {
                statement.execute("VACUUM INTO '" + targetFile.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (java.io.IOException | SQLException e) {
            throw new LedgerException("cannot copy the ledger to " + target + ": " + e.getMessage(), e);
        }
        if (snapshot.isPresent()) {
            try (Ledger copy = open(target, targetOptions)) {
                copy.revert(snapshot.get());
            }
        }
        return target;
    }

    // ------------------------------------------------------------------ reads

    /** The current state for running a transaction; follows reverts and reloads. */
    public LedgerView view() {
        return new CurrentView(this::currentMirror);
    }

    private synchronized InMemoryLedger currentMirror() {
        return mirror;
    }

    public LedgerQueries queries() {
        return queries;
    }

    /** The state root after the last change (cheap: kept in memory). */
    public synchronized Hash32 stateRoot() {
        return mirror.stateRoot();
    }

    /** The log position of the last change this ledger made or saw. */
    public synchronized long revision() {
        return headSeq;
    }

    /** Registers a listener; closing the returned handle removes it. */
    public Subscription subscribe(LedgerListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire(LedgerChange change) {
        for (LedgerListener listener : listeners) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                LOG.warn("a ledger listener failed on {}", change, e);
            }
        }
    }

    // ------------------------------------------------------------------ plumbing

    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    /**
     * Runs one write in a {@code BEGIN IMMEDIATE} transaction; first catches up with changes made by
     * another process (the log grew or shrank since we last looked) by verifying and replaying the store.
     */
    private <T> T write(Write<T> write) {
        if (closed) {
            throw new LedgerException("the ledger " + directory + " is closed");
        }
        try {
            writer.begin();
            try {
                long stored = writer.headSeq();
                if (stored != headSeq) {
                    reload();
                }
                T result = write.run();
                // A write that refused (a rejected transaction, an existing deployment) committed nothing.
                writer.rollbackQuietly();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot write the ledger " + directory + ": " + e.getMessage(), e);
        }
    }

    private void reload() {
        ChainVerifier.Replay replay = new ChainVerifier(connection, meta.parameters(), false).run();
        if (!replay.report().ok()) {
            throw new LedgerDamagedException(directory.toString(), replay.report());
        }
        mirror = replay.ledger();
        headSeq = replay.headSeq();
        fire(new LedgerChange.Reloaded(headSeq));
    }

    private void checkSnapshotName(String name) {
        if (!SNAPSHOT_NAME.matcher(name).matches()) {
            throw new LedgerException("a snapshot name is 1–64 letters, digits, '_', '.' or '-', starting with a "
                    + "letter or digit; \"" + name + "\" is not");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        checkpointer.ifPresent(Checkpointer::close);
        readers.close();
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the ledger connection failed", e);
        }
    }
}
