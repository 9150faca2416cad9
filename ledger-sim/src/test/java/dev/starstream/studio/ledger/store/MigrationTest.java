package dev.starstream.studio.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.Durability;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @TempDir
    Path directory;

    @Test
    void aVersionOneStoreIsVerifiedThenMigratedForwardKeepingItsHistory() throws Exception {
        Files.createDirectories(directory);
        StoreMeta meta = new StoreMeta(ChainParameters.DEFAULT, InMemoryLedger.Mining.ON_DEMAND);
        try (Connection connection = SqliteConnections.writer(StoreFile.in(directory), Durability.POWER_LOSS)) {
            assertThat(Migrations.migrate(connection, 1)).isEqualTo(1);
            StoreWriter writer = new StoreWriter(connection);
            writer.begin();
            writer.meta(meta.toRows());
            InMemoryLedger history = new InMemoryLedger(meta.parameters(), meta.mining());
            writer.block(0, history.blocks().getFirst());
            DeployedContract contract = DeployedContract.of("old", new byte[] {1, 2, 3});
            history.deploy(contract);
            writer.deploy(1, contract, history.stateRoot());
            writer.commit();
            assertThat(Migrations.versionOf(connection)).isEqualTo(1);
        }
        try (Ledger ledger = Ledger.open(directory, LedgerOptions.defaults())) {
            assertThat(ledger.queries().status().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(ledger.queries().contracts()).extracting(c -> c.name()).containsExactly("old");
            assertThat(ledger.snapshot("after-migration").seq()).isEqualTo(1);
        }
    }

    @Test
    void migrationsAreNumberedConsecutivelyFromOne() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertThat(Migrations.ALL.get(i).version()).isEqualTo(i + 1);
        }
    }
}
