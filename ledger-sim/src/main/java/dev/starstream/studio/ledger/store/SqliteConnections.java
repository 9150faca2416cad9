package dev.starstream.studio.ledger.store;

import dev.starstream.studio.ledger.Durability;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opens connections to a ledger store file with the settings every reader and writer needs. */
public final class SqliteConnections {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * The page size of new stores. A commit writes every page it changed to the WAL (two system calls
     * a page): a transfer changes about 18 pages of 4 KiB; with 1 KiB or 2 KiB pages it writes fewer
     * bytes but more pages, and costs more time (measured for Issue 5, docs/STATUS.md).
     */
    static final int PAGE_SIZE = 4096;
    /** The WAL size at which the background checkpointer restarts the WAL ({@link Checkpointer}). */
    static final long RESTART_WAL_BYTES = 16L << 20;
    /** The WAL size at which the writer checkpoints by itself (a backstop; normally the checkpointer does it). */
    private static final long WRITER_CHECKPOINT_WAL_BYTES = 64L << 20;
    /** SQLite's own automatic checkpoint size (pages), for ledgers without a background checkpointer. */
    private static final int SQLITE_AUTOCHECKPOINT_PAGES = 1000;
    /** Page cache per connection (negative: KiB): the hot index pages of a large store stay in memory. */
    private static final int CACHE_KIB = 16_384;

    private SqliteConnections() {}

    /** The driver's settings: no generated-key lookups after each insert (nothing here reads them). */
    private static java.util.Properties properties() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return properties;
    }

    /** The connection that creates a new store file: sets its page size before anything is written. */
    public static Connection creator(Path file, Durability durability) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = " + PAGE_SIZE);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return configureWriter(connection, durability);
    }

    /**
     * The one writing connection: WAL, the durability's {@code synchronous}, autocommit (transactions
     * are explicit), and an automatic checkpoint only as a backstop for the {@link Checkpointer} (or
     * SQLite's usual one when the durability checkpoints inline, {@link Checkpointer#inBackground}).
     */
    public static Connection writer(Path file, Durability durability) throws SQLException {
        return configureWriter(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties()), durability);
    }

    private static Connection configureWriter(Connection connection, Durability durability) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = " + durability.synchronous());
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
            statement.execute("PRAGMA wal_autocheckpoint = " + (Checkpointer.inBackground(durability)
                    ? WRITER_CHECKPOINT_WAL_BYTES / pageSize(statement) : SQLITE_AUTOCHECKPOINT_PAGES));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The background checkpointer's connection: it syncs as the writer's durability demands. */
    static Connection checkpointer(Path file, Durability durability) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA synchronous = " + durability.synchronous());
            statement.execute("PRAGMA wal_autocheckpoint = 0");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** A reading connection: it never writes; each read runs in its own read transaction (a WAL snapshot). */
    public static Connection reader(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA query_only = 1");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static long pageSize(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("PRAGMA page_size")) {
            return rows.next() ? Math.max(512, rows.getLong(1)) : 4096;
        }
    }
}
