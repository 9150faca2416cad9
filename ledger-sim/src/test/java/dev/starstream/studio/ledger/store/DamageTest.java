package dev.starstream.studio.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerDamagedException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.StoreFixtures;
import dev.starstream.studio.vm.ledger.Hash32;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged store is reported with what is wrong and what is intact; nothing crashes and nothing is repaired. */
class DamageTest {
    @TempDir
    Path workspace;

    private Path directory;
    private Path file;
    private Hash32 root;

    @BeforeEach
    void buildAStoreWithHistory() {
        directory = StoreFixtures.ledgerWithHistory(workspace, 12);
        file = StoreFile.in(directory);
        try (Ledger ledger = Ledger.open(directory, LedgerOptions.defaults())) {
            root = ledger.queries().status().stateRoot();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private LedgerDamagedException openFails() {
        Throwable thrown = catchThrowable(() -> Ledger.open(directory, LedgerOptions.defaults()).close());
        assertThat(thrown).isInstanceOf(LedgerDamagedException.class);
        return (LedgerDamagedException) thrown;
    }

    @Test
    void editingAUtxosWordsWithSqliteIsNamedOnOpen() throws Exception {
        sql("UPDATE utxos SET words = '[0,1,999]' WHERE id = (SELECT id FROM utxos WHERE spent_seq IS NULL LIMIT 1)");
        LedgerDamagedException damage = openFails();
        assertThat(damage.report().problems()).singleElement().asString()
                .contains("the tables do not match the verified history")
                .contains("has the state ").contains("999] but the history gives");
        assertThat(damage.report().entriesVerified()).isPositive();
        assertThat(damage.getMessage()).contains("intact: log entries 1–");
    }

    @Test
    void removingTheLastTransactionIsDetectedByTheStateRoot() throws Exception {
        // The last transaction's log entry, block and row go; the utxos it created and spent stay as they are.
        sql("DELETE FROM transactions WHERE seq = (SELECT max(seq) FROM transactions)",
                "DELETE FROM blocks WHERE seq = (SELECT max(seq) FROM blocks)",
                "DELETE FROM log WHERE seq >= (SELECT max(seq) - 1 FROM log)");
        assertThat(openFails().report().problems()).singleElement().asString().contains("tables do not match");
    }

    @Test
    void aChangedTransactionByteBreaksItsHashAndStopsTheReplayThere() throws Exception {
        sql("UPDATE transactions SET body = substr(body, 1, 40) || x'ff' || substr(body, 42) WHERE seq = "
                + "(SELECT seq FROM transactions ORDER BY seq LIMIT 1 OFFSET 3)");
        LedgerDamagedException damage = openFails();
        assertThat(damage.report().problems()).singleElement().asString()
                .containsAnyOf("hash to", "damaged stored bytes", "does not apply");
        assertThat(damage.report().transactionsVerified()).isEqualTo(3);
    }

    @Test
    void aChangedBlockHeaderBreaksTheHashChain() throws Exception {
        sql("UPDATE blocks SET slot = slot + 1 WHERE height = 5");
        assertThat(openFails().report().problems()).singleElement().asString().contains("block").contains("history gives");
    }

    @Test
    void aMissingLogEntryIsNamed() throws Exception {
        sql("DELETE FROM log WHERE seq = 4");
        assertThat(openFails().report().problems()).singleElement().asString().contains("log entry 4 is missing");
    }

    @Test
    void aFailedOpenLeavesTheFileByteForByteAsItWas() throws Exception {
        sql("UPDATE utxos SET words = '[0,1,999]' WHERE spent_seq IS NULL");
        byte[] before = Files.readAllBytes(file);
        openFails();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Ledger.verify(directory, true).ok()).isFalse();
    }

    @Test
    void aFileThatIsNotALedgerIsReportedPlainly() throws Exception {
        Files.write(file, "this is not a database, just some text that is long enough to have a header".repeat(20).getBytes());
        assertThat(openFails().report().problems()).singleElement().asString().contains("not a SQLite database");
        Files.write(file, new byte[0]);
        assertThat(openFails().report().problems()).singleElement().asString().contains("not a Starstream ledger");
    }

    @Test
    void truncatedFilesAreReportedAtEveryLength() throws Exception {
        byte[] whole = Files.readAllBytes(file);
        Random random = new Random(3);
        for (int round = 0; round < 25; round++) {
            int length = round == 0 ? whole.length / 2 : 1 + random.nextInt(whole.length - 1);
            Files.deleteIfExists(directory.resolve("ledger.db-wal"));
            Files.deleteIfExists(directory.resolve("ledger.db-shm"));
            Files.write(file, Arrays.copyOf(whole, length));
            assertOpensUnchangedOrReportsDamage("truncated to " + length + " of " + whole.length + " bytes");
        }
    }

    @Test
    void flippedBytesAreReportedOrProvablyHarmless() throws Exception {
        byte[] whole = Files.readAllBytes(file);
        Random random = new Random(7);
        int damaged = 0;
        for (int round = 0; round < 60; round++) {
            byte[] copy = whole.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Files.deleteIfExists(directory.resolve("ledger.db-wal"));
            Files.deleteIfExists(directory.resolve("ledger.db-shm"));
            Files.write(file, copy);
            if (!assertOpensUnchangedOrReportsDamage(flips + " flipped bits, round " + round)) {
                damaged++;
            }
        }
        assertThat(damaged).as("most random flips hit live data and are reported").isGreaterThan(10);
    }

    /** Opens the store: it either verifies with the original state root, or reports damage. Returns whether it opened. */
    private boolean assertOpensUnchangedOrReportsDamage(String what) {
        Throwable thrown = catchThrowable(() -> {
            try (Ledger ledger = Ledger.open(directory, LedgerOptions.defaults())) {
                assertThat(ledger.queries().status().stateRoot()).as(what).isEqualTo(root);
            }
        });
        if (thrown == null) {
            return true;
        }
        assertThat(thrown).as(what).isInstanceOf(LedgerDamagedException.class);
        assertThat(((LedgerDamagedException) thrown).report().problems()).as(what).isNotEmpty();
        return false;
    }

    @Test
    void aStoreFromANewerStudioIsRefusedNotDowngraded() throws Exception {
        sql("PRAGMA user_version = 99");
        assertThatThrownBy(() -> Ledger.open(directory, LedgerOptions.defaults()))
                .hasMessageContaining("schema version 99, made by a newer Studio");
    }
}
