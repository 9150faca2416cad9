package dev.starstream.studio.ledger.store;

import dev.starstream.studio.ledger.Durability;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the write-ahead log back into the database file on a thread of its own, so that a commit
 * never waits for the fsyncs a checkpoint makes (with {@code synchronous=NORMAL} a commit only writes
 * its pages to the WAL; the checkpoint syncs the WAL, copies its pages and syncs the database file).
 *
 * <p>After each commit the writer calls {@link #committed()}; at most every {@link #PAUSE_MS} ms the
 * thread runs a {@code PASSIVE} checkpoint on its own connection, which never blocks the writer or
 * readers. A passive checkpoint cannot let the WAL start over while commits keep coming (the WAL
 * starts over only when a write begins with every frame copied), and a checkpointer that waited for
 * the write lock of a busy writer would starve; so once the WAL holds more than
 * {@code restartFrames} frames, the writer itself runs a {@code RESTART} checkpoint after its next
 * commit: it copies the few frames not yet copied, and the next commit writes from the start of the
 * WAL. Checkpoints are SQLite's own crash-safe operation: a process killed during one loses nothing,
 * and each one syncs as {@code synchronous} demands, so the power-loss promise of {@link Durability}
 * holds as it does with SQLite's automatic checkpoints. The writer keeps an automatic checkpoint at a
 * larger size as a backstop (see {@link SqliteConnections#writer}).
 */
public final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    /** How long the thread lets commits gather before it checkpoints them. */
    static final long PAUSE_MS = 50;

    private final Connection connection;
    private final long restartFrames;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean requested;
    private boolean closing;
    private boolean restartDue;

    /**
     * Whether a ledger with this durability checkpoints in the background. With
     * {@link Durability#POWER_LOSS} every commit already waits for an fsync of the WAL, and a checkpoint's
     * fsyncs beside it made those commits wait longer (ApplyBench, one per commit: 2,119 → 698 tx/s), so
     * such a ledger keeps SQLite's automatic checkpoint.
     */
    public static boolean inBackground(Durability durability) {
        return durability == Durability.PROCESS_CRASH;
    }

    /** Starts checkpointing {@code file} (a WAL-mode store another connection writes). */
    public Checkpointer(Path file, Durability durability) throws SQLException {
        this.connection = SqliteConnections.checkpointer(file, durability);
        this.restartFrames = SqliteConnections.RESTART_WAL_BYTES / pageSize(connection);
        this.thread = Thread.ofPlatform().daemon().name("ledger-checkpoint " + file.getFileName()).unstarted(this::run);
        thread.start();
    }

    /**
     * A write transaction committed: checkpoint soon. Cheap; never blocks on a checkpoint. Returns
     * whether the WAL has grown past {@code restartFrames}: the writer should then run a
     * {@code RESTART} checkpoint itself (see {@link StoreWriter#commit()}).
     */
    public boolean committed() {
        synchronized (lock) {
            if (!requested) {
                requested = true;
                lock.notifyAll();
            }
            boolean restart = restartDue;
            restartDue = false;
            return restart;
        }
    }

    private void run() {
        try {
            while (awaitCommits()) {
                long frames = checkpoint("PASSIVE");
                synchronized (lock) {
                    restartDue = frames > restartFrames;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            // The writer's automatic checkpoint takes over; nothing is lost.
            LOG.warn("background checkpoints stopped: {}", e.getMessage());
        }
    }

    /**
     * Waits for a commit, then lets {@link #PAUSE_MS} ms of commits gather; false when closing (the
     * writer's connection checkpoints when it closes).
     */
    private boolean awaitCommits() throws InterruptedException {
        synchronized (lock) {
            while (!requested && !closing) {
                lock.wait();
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PAUSE_MS);
            for (long left = deadline - System.nanoTime(); !closing && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            requested = false;
            return !closing;
        }
    }

    /** Runs one checkpoint; returns the number of frames the WAL holds. */
    private long checkpoint(String mode) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
            return rows.next() ? rows.getLong(2) : 0;
        }
    }

    private static long pageSize(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA page_size")) {
            return rows.next() ? Math.max(512, rows.getLong(1)) : 4096;
        }
    }

    /** Stops the thread (after the checkpoint it is running, if any) and closes its connection. */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the checkpoint connection failed", e);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
