package dev.starstream.studio.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InputFate;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import dev.starstream.studio.vm.ledger.TransitionPlan;
import dev.starstream.studio.vm.ledger.TransitionPlan.InputChange;
import dev.starstream.studio.vm.ledger.TransitionPlan.OwnershipChange;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Writes log entries and their effects into a store on the one writing connection. Callers wrap
 * each acknowledged unit (a transaction, and the block it seals when mining per transaction) in
 * {@link #begin()} … {@link #commit()}, so it is in the store entirely or not at all.
 */
public final class StoreWriter implements AutoCloseable {
    private final Connection connection;
    private final Statement statement;
    private final PreparedStatement insertLog;
    private final PreparedStatement insertTransaction;
    private final PreparedStatement spendUtxo;
    private final PreparedStatement insertUtxo;
    private final PreparedStatement endOwnership;
    private final PreparedStatement insertOwnership;
    private final PreparedStatement insertBlock;
    private final PreparedStatement headSeq;
    private final PreparedStatement insertIo;
    private final BooleanSupplier afterCommit;
    private boolean open;

    public StoreWriter(Connection connection) throws SQLException {
        this(connection, () -> false);
    }

    /**
     * A writer that calls {@code afterCommit} after every commit (the ledger tells its
     * {@link Checkpointer}); when it returns true, the writer restarts the WAL with a checkpoint.
     */
    public StoreWriter(Connection connection, BooleanSupplier afterCommit) throws SQLException {
        this.connection = connection;
        this.afterCommit = afterCommit;
        this.statement = connection.createStatement();
        insertLog = connection.prepareStatement("INSERT INTO log(seq, kind, subject, state_root) VALUES (?, ?, ?, ?)");
        insertTransaction = connection.prepareStatement("""
                INSERT INTO transactions(hash, seq, block_height, position, entry_contract, script, input_count,
                  output_count, gas, verified_by, events, result, body, trace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        spendUtxo = connection.prepareStatement(
                "UPDATE utxos SET spent_seq = ? WHERE contract = ? AND nonce = ? AND spent_seq IS NULL");
        insertUtxo = connection.prepareStatement("""
                INSERT INTO utxos(contract, nonce, kind, type_index, yield_point, words, abis, coroutine, created_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        endOwnership = connection.prepareStatement(
                "UPDATE ownership SET to_seq = ? WHERE token = ? AND to_seq IS NULL");
        insertOwnership = connection.prepareStatement("INSERT INTO ownership(token, owner, from_seq) VALUES (?, ?, ?)");
        insertBlock = connection.prepareStatement("""
                INSERT INTO blocks(height, hash, parent_hash, slot, time_ms, tx_count, tx_root, state_root, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        headSeq = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM log");
        insertIo = connection.prepareStatement("""
                INSERT INTO tx_io(seq, io, position, fate, before_id, after_id, coroutine) VALUES (?, ?, ?, ?, ?, ?, ?)""");
    }

    public void begin() throws SQLException {
        statement.execute("BEGIN IMMEDIATE");
        open = true;
    }

    public void commit() throws SQLException {
        statement.execute("COMMIT");
        open = false;
        if (afterCommit.getAsBoolean()) {
            // Outside any transaction: copies what the background checkpoints have not, so the WAL starts over.
            statement.execute("PRAGMA wal_checkpoint(RESTART)");
        }
    }

    /** Rolls back the open transaction, if any; never throws (SQLite undoes an unfinished transaction itself). */
    public void rollbackQuietly() {
        if (!open) {
            return;
        }
        open = false;
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // "no transaction is active", or the connection is gone: either way nothing is half-written.
        }
    }

    /** The sequence number of the last log entry (0 for a store with only its genesis block). */
    public long headSeq() throws SQLException {
        try (ResultSet rows = headSeq.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void meta(Map<String, String> values) throws SQLException {
        try (PreparedStatement put = connection.prepareStatement(
                "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                put.setString(1, entry.getKey());
                put.setString(2, entry.getValue());
                put.executeUpdate();
            }
        }
    }

    private void log(long seq, String kind, String subject, Hash32 stateRoot) throws SQLException {
        insertLog.setLong(1, seq);
        insertLog.setString(2, kind);
        insertLog.setString(3, subject);
        insertLog.setString(4, stateRoot.hex());
        insertLog.executeUpdate();
    }

    public void deploy(long seq, DeployedContract contract, Hash32 stateRoot) throws SQLException {
        log(seq, "deploy", contract.hash().hex(), stateRoot);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO contracts(hash, name, module, layout, debug_info, seq) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, contract.hash().hex());
            insert.setString(2, contract.name());
            insert.setBytes(3, contract.module());
            insert.setString(4, json(contract.layout()));
            insert.setString(5, json(contract.debugInfo()));
            insert.setLong(6, seq);
            insert.executeUpdate();
        }
    }

    public void slots(long seq, long slots, Hash32 stateRoot) throws SQLException {
        log(seq, "slots", Long.toString(slots), stateRoot);
    }

    /** Records a sealed block (the genesis block has seq 0 and no log entry). */
    public void block(long seq, BlockHeader header) throws SQLException {
        Hash32 hash = header.hash();
        if (seq > 0) {
            log(seq, "block", hash.hex(), header.stateRoot());
        }
        insertBlock.setLong(1, header.height());
        insertBlock.setString(2, hash.hex());
        insertBlock.setString(3, header.parentHash().hex());
        insertBlock.setLong(4, header.slot());
        insertBlock.setLong(5, header.timeMillis());
        insertBlock.setInt(6, header.txCount());
        insertBlock.setString(7, header.txRoot().hex());
        insertBlock.setString(8, header.stateRoot().hex());
        insertBlock.setLong(9, seq);
        insertBlock.executeUpdate();
    }

    /** What a transaction's row records besides the transaction itself. */
    public record Placement(long seq, long blockHeight, int position, String verifiedBy, Hash32 stateRoot) {}

    public void transaction(Transaction tx, TransitionPlan plan, Placement placement) throws SQLException {
        long seq = placement.seq();
        String hash = plan.txHash().hex();
        log(seq, "transaction", hash, placement.stateRoot());
        insertTransaction.setString(1, hash);
        insertTransaction.setLong(2, seq);
        insertTransaction.setLong(3, placement.blockHeight());
        insertTransaction.setInt(4, placement.position());
        insertTransaction.setString(5, tx.intent().entryContract().hex());
        insertTransaction.setString(6, tx.intent().scriptName());
        insertTransaction.setInt(7, tx.intent().inputs().size());
        insertTransaction.setInt(8, tx.effects().newOutputs().size());
        insertTransaction.setLong(9, tx.effects().gasUsed());
        insertTransaction.setString(10, placement.verifiedBy());
        insertTransaction.setString(11, tx.effects().events().isEmpty() ? "[]" : json(tx.effects().events()));
        insertTransaction.setString(12, json(tx.effects().result()));
        insertTransaction.setBytes(13, TransactionCodec.encode(tx));
        insertTransaction.setString(14, tx.trace() == null ? null : json(tx.trace()));
        insertTransaction.executeUpdate();

        for (int i = 0; i < plan.inputs().size(); i++) {
            InputChange input = plan.inputs().get(i);
            UtxoEntry after = input.after();
            io(seq, "input", i, Rows.fate(input.fate()), input.before().id().toString(),
                    after == null ? null : after.id().toString(), input.before().coroutine().toString());
            if (input.fate() == InputFate.REFERENCE) {
                continue;
            }
            spendUtxo.setLong(1, seq);
            spendUtxo.setString(2, input.before().id().contractHash().hex());
            spendUtxo.setLong(3, input.before().id().nonce());
            if (spendUtxo.executeUpdate() != 1) {
                throw new SQLException("the store has no live utxo " + input.before().id() + " to spend");
            }
        }
        for (TransitionPlan.OutputChange output : plan.outputs()) {
            UtxoEntry created = output.created();
            io(seq, "output", output.index(), created == null ? "ephemeral" : "created", null,
                    created == null ? null : created.id().toString(), output.coroutine().toString());
        }
        for (UtxoEntry entry : plan.created()) {
            insertUtxo.setString(1, entry.contractHash().hex());
            insertUtxo.setLong(2, entry.id().nonce());
            insertUtxo.setString(3, Rows.kind(entry.state().kind()));
            insertUtxo.setLong(4, Integer.toUnsignedLong(entry.state().typeIndex()));
            insertUtxo.setLong(5, Integer.toUnsignedLong(entry.state().yieldPoint()));
            insertUtxo.setString(6, Rows.words(entry.state()));
            insertUtxo.setString(7, Rows.strings(entry.abis()));
            insertUtxo.setString(8, entry.coroutine().toString());
            insertUtxo.setLong(9, seq);
            insertUtxo.executeUpdate();
        }
        for (OwnershipChange change : plan.ownership()) {
            if (change.before() != null) {
                endOwnership.setLong(1, seq);
                endOwnership.setString(2, change.token().toString());
                endOwnership.executeUpdate();
            }
            if (change.after() != null) {
                insertOwnership.setString(1, change.token().toString());
                insertOwnership.setString(2, change.after().toString());
                insertOwnership.setLong(3, seq);
                insertOwnership.executeUpdate();
            }
        }
    }

    private void io(long seq, String io, int position, String fate, String before, String after, String coroutine)
            throws SQLException {
        insertIo.setLong(1, seq);
        insertIo.setString(2, io);
        insertIo.setInt(3, position);
        insertIo.setString(4, fate);
        insertIo.setString(5, before);
        insertIo.setString(6, after);
        insertIo.setString(7, coroutine);
        insertIo.executeUpdate();
    }

    public void snapshot(String name, long seq, Hash32 stateRoot, long blockHeight, long takenMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO snapshots(name, seq, state_root, block_height, taken_ms) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, seq);
            insert.setString(3, stateRoot.hex());
            insert.setLong(4, blockHeight);
            insert.setLong(5, takenMillis);
            insert.executeUpdate();
        }
    }

    /** Removes every log entry after {@code seq} and everything it did; later snapshots go too. */
    public void revertTo(long seq) throws SQLException {
        String[] statements = {
            "DELETE FROM log WHERE seq > ?1",
            "DELETE FROM contracts WHERE seq > ?1",
            "DELETE FROM blocks WHERE seq > ?1",
            "DELETE FROM transactions WHERE seq > ?1",
            "DELETE FROM tx_io WHERE seq > ?1",
            "DELETE FROM utxos WHERE created_seq > ?1",
            "UPDATE utxos SET spent_seq = NULL WHERE spent_seq > ?1",
            "DELETE FROM ownership WHERE from_seq > ?1",
            "UPDATE ownership SET to_seq = NULL WHERE to_seq > ?1",
            "DELETE FROM snapshots WHERE seq > ?1",
        };
        for (String sql : statements) {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, seq);
                update.executeUpdate();
            }
        }
    }

    private static String json(Object value) throws SQLException {
        try {
            return Rows.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
