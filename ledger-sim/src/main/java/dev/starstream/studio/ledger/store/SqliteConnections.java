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

    private SqliteConnections() {}

    /** The driver's settings: no generated-key lookups after each insert (nothing here reads them). */
    private static java.util.Properties properties() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("jdbc.get_generated_keys", "false");
        return properties;
    }

    /** The one writing connection: WAL, the durability's {@code synchronous}, autocommit (transactions are explicit). */
    public static Connection writer(Path file, Durability durability) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = " + durability.synchronous());
            statement.execute("PRAGMA foreign_keys = OFF");
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
}
