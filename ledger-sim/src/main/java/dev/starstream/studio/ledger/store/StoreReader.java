package dev.starstream.studio.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.starstream.studio.ledger.ContractInfo;
import dev.starstream.studio.ledger.SnapshotInfo;
import dev.starstream.studio.ledger.StoredBlock;
import dev.starstream.studio.ledger.StoredTransaction;
import dev.starstream.studio.ledger.TxIo;
import dev.starstream.studio.ledger.TxSummary;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.MalformedEncodingException;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries of a store, each on a connection inside a read transaction (see {@link ReaderPool}). */
public final class StoreReader {
    private StoreReader() {}

    public static List<UtxoEntry> utxos(Connection c, String where, Object... parameters) throws SQLException {
        List<UtxoEntry> entries = new ArrayList<>();
        try (PreparedStatement query = prepare(c, "SELECT * FROM live_utxos " + where + " ORDER BY contract, nonce", parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(Rows.entry(rows));
            }
        }
        return entries;
    }

    public static Optional<UtxoEntry> utxo(Connection c, UtxoId id) throws SQLException {
        return utxos(c, "WHERE contract = ? AND nonce = ?", id.contractHash().hex(), id.nonce()).stream().findFirst();
    }

    public static List<TxSummary> history(Connection c, CoroutineId coroutine) throws SQLException {
        return summaries(c, "WHERE t.seq IN (SELECT seq FROM tx_io WHERE coroutine = ?) ORDER BY t.seq", coroutine.toString());
    }

    public static List<TxSummary> summaries(Connection c, String where, Object... parameters) throws SQLException {
        List<TxSummary> list = new ArrayList<>();
        try (PreparedStatement query = prepare(c, """
                SELECT t.hash, t.seq, t.block_height, t.position, t.script, t.input_count, t.output_count, t.gas, t.verified_by
                FROM transactions t
                """ + where, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                list.add(new TxSummary(hash(rows.getString(1)), rows.getLong(2), rows.getLong(3), rows.getInt(4),
                        rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getLong(8), rows.getString(9)));
            }
        }
        return list;
    }

    /** Transactions whose hash starts with {@code prefix} (lower-case hex), at most {@code limit}. */
    public static List<Hash32> transactionHashes(Connection c, String prefix, int limit) throws SQLException {
        List<Hash32> hashes = new ArrayList<>();
        try (PreparedStatement query = prepare(c,
                "SELECT hash FROM transactions WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT ?", prefix, prefix + "g", limit);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                hashes.add(hash(rows.getString(1)));
            }
        }
        return hashes;
    }

    public static Optional<StoredTransaction> transaction(Connection c, Hash32 hash) throws SQLException {
        try (PreparedStatement query = prepare(c,
                "SELECT seq, block_height, position, verified_by, body, trace FROM transactions WHERE hash = ?", hash.hex());
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            Transaction tx;
            try {
                tx = TransactionCodec.decode(rows.getBytes("body"));
                String trace = rows.getString("trace");
                if (trace != null) {
                    tx = tx.withTrace(Rows.JSON.readTree(trace));
                }
            } catch (MalformedEncodingException e) {
                throw new SQLException("transaction " + hash + " is damaged: " + e.getMessage(), e);
            } catch (JsonProcessingException e) {
                throw new SQLException("the trace of transaction " + hash + " is not JSON: " + e.getOriginalMessage(), e);
            }
            long seq = rows.getLong("seq");
            return Optional.of(new StoredTransaction(hash, seq, rows.getLong("block_height"),
                    rows.getInt("position"), rows.getString("verified_by"), tx, io(c, hash, seq)));
        }
    }

    private static List<TxIo> io(Connection c, Hash32 hash, long seq) throws SQLException {
        List<TxIo> io = new ArrayList<>();
        try (PreparedStatement query = prepare(c, """
                SELECT io, position, fate, before_id, after_id, coroutine FROM tx_io WHERE seq = ?
                ORDER BY io DESC, position""", seq);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                try {
                    String before = rows.getString(4);
                    String after = rows.getString(5);
                    io.add(new TxIo(rows.getString(1), rows.getInt(2), rows.getString(3),
                            before == null ? null : UtxoId.parse(before), after == null ? null : UtxoId.parse(after),
                            CoroutineId.parse(rows.getString(6))));
                } catch (IllegalArgumentException e) {
                    throw new SQLException("an input/output row of " + hash + " is damaged: " + e.getMessage(), e);
                }
            }
        }
        return io;
    }

    /**
     * Blocks from {@code fromHeight} upwards, at most {@code limit}, each with its transaction hashes: the
     * transactions logged after the block before it was sealed and before it was.
     */
    public static List<StoredBlock> blocks(Connection c, long fromHeight, int limit) throws SQLException {
        List<StoredBlock> blocks = new ArrayList<>();
        long previousSeq = fromHeight <= 0 ? -1 : count(c, "SELECT coalesce((SELECT seq FROM blocks WHERE height = ?), -1)", fromHeight - 1);
        try (PreparedStatement query = prepare(c, "SELECT * FROM blocks WHERE height >= ? ORDER BY height LIMIT ?", fromHeight, limit);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                BlockHeader header = new BlockHeader(rows.getLong("height"), rows.getLong("slot"), rows.getLong("time_ms"),
                        hash(rows.getString("parent_hash")), rows.getInt("tx_count"), hash(rows.getString("tx_root")),
                        hash(rows.getString("state_root")));
                long seq = rows.getLong("seq");
                List<Hash32> txs = header.height() == 0 ? List.of()
                        : summaries(c, "WHERE t.seq > ? AND t.seq < ? ORDER BY t.seq", previousSeq, seq)
                                .stream().map(TxSummary::hash).toList();
                blocks.add(new StoredBlock(header, hash(rows.getString("hash")), txs));
                previousSeq = seq;
            }
        }
        return blocks;
    }

    /** The transactions after the last sealed block (the pending block's), in order. */
    public static long pendingTransactionCount(Connection c) throws SQLException {
        return count(c, "SELECT count(*) FROM transactions WHERE seq > (SELECT seq FROM blocks ORDER BY height DESC LIMIT 1)");
    }

    public static List<SnapshotInfo> snapshots(Connection c) throws SQLException {
        List<SnapshotInfo> list = new ArrayList<>();
        try (PreparedStatement query = prepare(c, "SELECT name, seq, block_height, state_root, taken_ms FROM snapshots ORDER BY seq, name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                list.add(new SnapshotInfo(rows.getString(1), rows.getLong(2), rows.getLong(3), hash(rows.getString(4)), rows.getLong(5)));
            }
        }
        return list;
    }

    public static List<ContractInfo> contracts(Connection c) throws SQLException {
        List<ContractInfo> list = new ArrayList<>();
        try (PreparedStatement query = prepare(c, "SELECT hash, name, length(module), seq FROM contracts ORDER BY seq");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                list.add(new ContractInfo(hash(rows.getString(1)), rows.getString(2), rows.getInt(3), rows.getLong(4)));
            }
        }
        return list;
    }

    public static Optional<DeployedContract> contract(Connection c, Hash32 hash) throws SQLException {
        try (PreparedStatement query = prepare(c, "SELECT name, module, layout, debug_info FROM contracts WHERE hash = ?", hash.hex());
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            try {
                JsonNode layout = Rows.JSON.readTree(rows.getString(3));
                JsonNode debugInfo = Rows.JSON.readTree(rows.getString(4));
                return Optional.of(new DeployedContract(hash, rows.getString(1), rows.getBytes(2), layout, debugInfo));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new SQLException("contract " + hash + " is damaged: " + e.getMessage(), e);
            }
        }
    }

    public static Map<String, String> meta(Connection c) throws SQLException {
        Map<String, String> meta = new java.util.TreeMap<>();
        try (PreparedStatement query = prepare(c, "SELECT key, value FROM meta"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }

    public static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepare(c, sql, parameters); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Hash32 hash(String hex) throws SQLException {
        return Hash32.tryParse(hex).orElseThrow(() -> new SQLException("a damaged hash \"" + hex + "\""));
    }
}
