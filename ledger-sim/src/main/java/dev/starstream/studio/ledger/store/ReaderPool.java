package dev.starstream.studio.ledger.store;

import dev.starstream.studio.ledger.LedgerException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reading connections, reused across calls. Every read runs inside one SQLite read transaction, so
 * it sees one committed state (WAL snapshot isolation): never half of a transaction being written.
 */
public final class ReaderPool implements AutoCloseable {
    private static final int IDLE = 4;

    /** A read that may throw SQLException. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    public ReaderPool(Path file) {
        this.file = file;
    }

    public <T> T read(Read<T> read) {
        Connection connection = take();
        boolean healthy = true;
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            try {
                return read.run(connection);
            } finally {
                statement.execute("COMMIT");
            }
        } catch (SQLException e) {
            healthy = false;
            throw new LedgerException("cannot read the ledger store " + file + ": " + e.getMessage(), e);
        } finally {
            give(connection, healthy);
        }
    }

    private Connection take() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (this) {
            if (closed) {
                throw new LedgerException("the ledger " + file + " is closed");
            }
            try {
                Connection created = SqliteConnections.reader(file);
                all.add(created);
                return created;
            } catch (SQLException e) {
                throw new LedgerException("cannot open the ledger store " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private void give(Connection connection, boolean healthy) {
        synchronized (this) {
            if (!closed && healthy && idle.offer(connection)) {
                return;
            }
            all.remove(connection);
        }
        closeQuietly(connection);
    }

    @Override
    public synchronized void close() {
        closed = true;
        idle.clear();
        all.forEach(ReaderPool::closeQuietly);
        all.clear();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a reader cannot lose data.
        }
    }
}
