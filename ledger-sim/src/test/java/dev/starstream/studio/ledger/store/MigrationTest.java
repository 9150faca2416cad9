package dev.starstream.studio.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.starstream.studio.ledger.Durability;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.StoredTransaction;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /**
     * Writes a store exactly as schema version 1 laid it out (rows written by plain SQL, as the code of
     * that version wrote them): a deployment and one transaction that created a utxo and sealed block 1.
     */
    private Transaction writeVersionOneStore() throws Exception {
        InMemoryLedger history = new InMemoryLedger(ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION);
        DeployedContract contract = DeployedContract.of("old", new byte[] {1, 2, 3});
        history.deploy(contract);
        String rootAfterDeploy = history.stateRoot().hex();
        var tip = history.chainTip();
        Intent intent = new Intent(contract.hash(), "open", Lanes.of(1), List.of(), tip.height(), tip.blockHash(), 100);
        TransactionEffects effects = new TransactionEffects(List.of(), List.of(NewOutput.of(contract.hash(), UtxoState.utxo(0, 1, 9))),
                List.of(), List.of(new TxEvent("Meter", "Opened", IntNode.valueOf(9), 0)), IntNode.valueOf(9), 5, 1, 1);
        Transaction tx = new Transaction(intent, List.of(), effects, null);
        ApplyResult.Committed committed = (ApplyResult.Committed) history.apply(tx, (k, m, s) -> true);
        UtxoEntry created = committed.plan().created().getFirst();
        BlockHeader block = history.blocks().get(1);

        Files.createDirectories(directory);
        try (Connection c = SqliteConnections.writer(StoreFile.in(directory), Durability.POWER_LOSS)) {
            Migrations.migrate(c, 1);
            sql(c, "INSERT INTO meta(key, value) VALUES ('format', 'starstream-ledger'), ('genesis_time_ms', ?), ('slot_ms', ?), "
                    + "('slots_per_block', ?), ('mining', 'per-transaction')", ChainParameters.DEFAULT.genesisTimeMillis(),
                    ChainParameters.DEFAULT.slotMillis(), ChainParameters.DEFAULT.slotsPerBlock());
            BlockHeader genesis = history.blocks().getFirst();
            for (BlockHeader header : List.of(genesis, block)) {
                sql(c, "INSERT INTO blocks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", header.height(), header.hash().hex(),
                        header.parentHash().hex(), header.slot(), header.timeMillis(), header.txCount(), header.txRoot().hex(),
                        header.stateRoot().hex(), header.height() == 0 ? 0 : 3);
            }
            sql(c, "INSERT INTO log VALUES (1, 'deploy', ?, ?), (2, 'transaction', ?, ?), (3, 'block', ?, ?)",
                    contract.hash().hex(), rootAfterDeploy, committed.txHash().hex(), block.stateRoot().hex(),
                    block.hash().hex(), block.stateRoot().hex());
            sql(c, "INSERT INTO contracts VALUES (?, 'old', ?, 'null', 'null', 1)", contract.hash().hex(), contract.module());
            sql(c, "INSERT INTO transactions VALUES (?, 2, 1, 0, ?, 'open', 0, 1, 5, 'signatures', ?, ?, NULL)",
                    committed.txHash().hex(), contract.hash().hex(), TransactionCodec.encode(tx), JSON.writeValueAsString(tx));
            sql(c, "INSERT INTO tx_io VALUES (?, 2, 'output', 0, 'created', NULL, ?, ?)", committed.txHash().hex(),
                    created.id().toString(), created.coroutine().toString());
            sql(c, "INSERT INTO utxos VALUES (?, ?, 0, 'utxo', 0, 1, '[0,1,9]', '[]', ?, 2, ?, NULL, NULL)", created.id().toString(),
                    contract.hash().hex(), created.coroutine().toString(), committed.txHash().hex());
            sql(c, "INSERT INTO counters VALUES (?, 1)", contract.hash().hex());
            assertThat(Migrations.versionOf(c)).isEqualTo(1);
        }
        return tx;
    }

    private static void sql(Connection c, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void aVersionOneStoreIsVerifiedThenMigratedForwardKeepingItsHistory() throws Exception {
        Transaction tx = writeVersionOneStore();
        try (Ledger ledger = Ledger.open(directory, LedgerOptions.defaults())) {
            assertThat(ledger.queries().status().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(ledger.openReport().transactionsVerified()).isEqualTo(1);
            assertThat(ledger.queries().utxos()).singleElement().satisfies(u -> assertThat(u.state().word(2)).isEqualTo(9));
            StoredTransaction stored = ledger.queries().transaction(tx.hash()).orElseThrow();
            assertThat(stored.transaction()).isEqualTo(tx);
            assertThat(ledger.snapshot("after-migration").seq()).isEqualTo(3);
        }
        try (Connection c = SqliteConnections.reader(StoreFile.in(directory));
                var rows = c.createStatement().executeQuery("SELECT events, result FROM transactions")) {
            rows.next();
            assertThat(JSON.readTree(rows.getString(1)).get(0).path("name").asText()).isEqualTo("Opened");
            assertThat(rows.getString(2)).isEqualTo("9");
        }
        try (Ledger reopened = Ledger.open(directory, LedgerOptions.defaults())) {
            assertThat(reopened.openReport().ok()).isTrue();
        }
    }

    @Test
    void migrationsAreNumberedConsecutivelyFromOne() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertThat(Migrations.ALL.get(i).version()).isEqualTo(i + 1);
        }
    }
}
