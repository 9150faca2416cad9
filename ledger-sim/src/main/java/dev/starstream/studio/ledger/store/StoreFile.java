package dev.starstream.studio.ledger.store;

import dev.starstream.studio.ledger.Durability;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.VerificationReport;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** Creating a store file, and verifying one: the steps before a ledger can be used. */
public final class StoreFile {
    public static final String NAME = "ledger.db";

    private StoreFile() {}

    public static Path in(Path directory) {
        return directory.resolve(NAME);
    }

    /**
     * Creates a new, empty store (genesis block only); refuses to touch an existing file. The store is
     * built under a temporary name and renamed into place, so a crash during creation leaves no
     * half-made ledger behind.
     */
    public static void create(Path directory, StoreMeta meta) {
        Path file = in(directory);
        if (Files.exists(file)) {
            throw new LedgerException("a ledger already exists at " + directory);
        }
        Path partial = directory.resolve(NAME + ".creating");
        try {
            Files.createDirectories(directory);
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(partial + suffix));
            }
            try (Connection connection = SqliteConnections.creator(partial, Durability.POWER_LOSS)) {
                Migrations.migrate(connection, Migrations.latest());
                StoreWriter writer = new StoreWriter(connection);
                writer.begin();
                writer.meta(meta.toRows());
                writer.block(0, new InMemoryLedger(meta.parameters(), meta.mining()).blocks().getFirst());
                writer.commit();
                try (Statement statement = connection.createStatement()) {
                    // Everything into the main file, so that renaming it moves the whole store.
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException | SQLException e) {
            throw new LedgerException("cannot create a ledger at " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies the store on {@code connection} inside one read transaction; on a damaged or foreign
     * file the report says so instead of throwing.
     */
    public static ChainVerifier.Replay verify(Connection connection, boolean integrityCheck) {
        long started = System.nanoTime();
        try {
            int version = Migrations.versionOf(connection);
            if (version == 0) {
                return failed("this file is not a Starstream ledger (it has no ledger schema)", started);
            }
            StoreMeta meta = StoreMeta.fromRows(StoreReader.meta(connection));
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN");
                try {
                    return new ChainVerifier(connection, meta.parameters(), integrityCheck).run();
                } finally {
                    statement.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            return failed(describe(e), started);
        }
    }

    private static ChainVerifier.Replay failed(String problem, long started) {
        VerificationReport report = new VerificationReport(List.of(problem), 0, 0, 0, Duration.ofNanos(System.nanoTime() - started));
        return new ChainVerifier.Replay(new InMemoryLedger(), 0, report);
    }

    /** SQLite's message for a damaged file, said plainly. */
    public static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
            return "the file is not a SQLite database (its header is damaged or it is another kind of file): " + message;
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
            return "SQLite reports the file is damaged (truncated or overwritten pages): " + message;
        }
        return "the store cannot be read: " + message;
    }
}
